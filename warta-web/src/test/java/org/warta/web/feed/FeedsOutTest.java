package org.warta.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.warta.core.DisplayPolicy;
import org.warta.core.FeedItem;
import org.warta.core.Source;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;
import org.warta.feed.Feed;
import org.warta.feed.FeedFormat;
import org.warta.feed.FeedReader;
import org.warta.feed.opml.Opml;
import org.warta.feed.opml.OpmlReader;
import org.warta.feed.sitemap.Sitemap;
import org.warta.feed.sitemap.SitemapReader;
import org.warta.feed.sitemap.SitemapUrl;
import org.warta.store.ArticleQuery;
import org.warta.web.fixture.Http;
import org.warta.web.fixture.SampleNewsroom;
import org.warta.web.fixture.SharedSample;

/**
 * Feeds, OPML and sitemaps as other programs read them: well-formed XML or JSON, parsed back
 * through warta-feed's readers, with the same stable ids in every format.
 */
class FeedsOutTest {
  final SampleNewsroom news = SharedSample.newsroom();
  final Http http = SharedSample.http();

  Feed read(String path, String expectedType) throws Exception {
    HttpResponse<byte[]> r = http.bytes(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    String type = r.headers().firstValue("Content-Type").orElseThrow();
    assertThat(type).as(path).startsWith(expectedType);
    if (expectedType.contains("json")) {
      JsonNode j = new ObjectMapper().readTree(r.body());
      assertThat(j.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    } else {
      wellFormed(r.body());
    }
    return FeedReader.read(r.body(), URI.create(http.base() + path), type);
  }

  static void wellFormed(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setNamespaceAware(true);
    f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  /** The three formats of a feed, read back; asserts they agree item by item. */
  List<FeedItem> allFormats(String path) throws Exception {
    return allFormats(path, "");
  }

  List<FeedItem> allFormats(String path, String query) throws Exception {
    Feed rss = read(path + ".rss" + query, "application/rss+xml");
    Feed atom = read(path + ".atom" + query, "application/atom+xml");
    Feed json = read(path + ".json" + query, "application/feed+json");
    assertThat(rss.format()).isEqualTo(FeedFormat.RSS_20);
    assertThat(atom.format()).isEqualTo(FeedFormat.ATOM_10);
    assertThat(json.format()).isEqualTo(FeedFormat.JSON_FEED_11);
    for (Feed f : List.of(atom, json)) {
      assertThat(f.items().stream().map(FeedItem::id).toList())
          .isEqualTo(rss.items().stream().map(FeedItem::id).toList());
      assertThat(f.items().stream().map(FeedItem::title).toList())
          .isEqualTo(rss.items().stream().map(FeedItem::title).toList());
    }
    return rss.items();
  }

  @Test
  void theLatestFeedHasTheNewestArticlesUnderStableIds() throws Exception {
    List<FeedItem> items = allFormats("/feeds/latest");
    List<StoredArticle> newest = news.store.articles().list(ArticleQuery.latest(50)).items();
    assertThat(items).hasSize(newest.size());
    for (int i = 0; i < items.size(); i++) {
      String page = http.base() + "/article/" + newest.get(i).id().value();
      assertThat(items.get(i).id()).isEqualTo(page);
      assertThat(items.get(i).link()).hasToString(page);
      assertThat(items.get(i).title()).isEqualTo(newest.get(i).article().title());
      assertThat(items.get(i).published()).isPresent();
      assertThat(items.get(i).contentHtml().isBlank())
          .as("full text only from the sources that allow it")
          .isEqualTo(fullText(newest.get(i)).isEmpty());
    }
    assertThat(allFormats("/feeds/latest").stream().map(FeedItem::id).toList())
        .isEqualTo(items.stream().map(FeedItem::id).toList());
  }

  @Test
  void sourceFeedsCarryFullTextOnlyWhereTheDisplayPolicyAllows() throws Exception {
    for (Source s : news.store.sources().list()) {
      List<FeedItem> items = allFormats("/feeds/source/" + s.id().value());
      assertThat(items).as(s.name()).isNotEmpty();
      for (FeedItem item : items) {
        long id = Long.parseLong(item.id().substring(item.id().lastIndexOf('/') + 1));
        StoredArticle a =
            news.store.articles().find(new org.warta.core.ArticleId(id)).orElseThrow();
        assertThat(a.article().source()).isEqualTo(s.id());
        assertThat(item.contentHtml().isBlank())
            .as(s.name() + " " + s.display())
            .isEqualTo(s.display() != DisplayPolicy.FULL_TEXT);
        assertThat(item.summary()).isNotBlank();
      }
    }
  }

  @Test
  void storyFeedsListTheStorysArticles() throws Exception {
    StoryId story = news.stories.values().iterator().next();
    List<FeedItem> items = allFormats("/feeds/story/" + story.value());
    assertThat(items).hasSize(news.store.stories().find(story).orElseThrow().articleCount());
    for (FeedItem item : items) {
      long id = Long.parseLong(item.id().substring(item.id().lastIndexOf('/') + 1));
      StoredArticle a = news.store.articles().find(new org.warta.core.ArticleId(id)).orElseThrow();
      assertThat(item.contentHtml().isBlank()).isEqualTo(fullText(a).isEmpty());
      assertThat(item.summary()).isNotBlank();
    }
  }

  /** The article's body HTML when its source republishes full text. */
  private Optional<String> fullText(StoredArticle a) {
    return news.store
        .sources()
        .find(a.article().source())
        .filter(s -> s.display() == DisplayPolicy.FULL_TEXT)
        .map(s -> a.article().bodyHtml());
  }

  @Test
  void searchFeedsFollowAQueryWithItsFilters() throws Exception {
    List<FeedItem> items = allFormats("/feeds/search", "?q=banjir&language=id");
    assertThat(items).isNotEmpty();
    Feed json = read("/feeds/search.json?q=banjir&language=id", "application/feed+json");
    assertThat(json.items()).hasSameSizeAs(items);
    assertThat(http.get("/feeds/search.rss").statusCode()).isEqualTo(400);
    assertThat(http.get("/feeds/search.rss?from=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void feedReadersPollingAgainGet304WhileNothingChanged() {
    for (String path :
        List.of("/feeds/latest.rss", "/feeds/latest.json", "/sources.opml", "/sitemap-news.xml")) {
      HttpResponse<String> first = http.get(path);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      assertThat(http.get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
      assertThat(http.get(path, "If-None-Match", "\"stale\"").statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void crawlersAndReadersAskingForGzipGetTheSameDocumentCompressedOnce() throws Exception {
    String sourceFeed =
        "/feeds/source/" + news.store.sources().list().getFirst().id().value() + ".rss";
    for (String path :
        List.of("/sitemap.xml", "/sitemap-news.xml", "/feeds/latest.atom", sourceFeed)) {
      HttpResponse<byte[]> plain = http.bytes(path);
      HttpResponse<byte[]> gzip = http.bytes(path, "Accept-Encoding", "gzip");
      assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
      assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
      assertThat(gzip.headers().firstValue("Vary")).as(path).contains("Accept-Encoding");
      try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
        assertThat(in.readAllBytes()).as(path).isEqualTo(plain.body());
      }
      String etag = gzip.headers().firstValue("ETag").orElseThrow();
      assertThat(etag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
      assertThat(http.get(path, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode())
          .as(path)
          .isEqualTo(304);
    }
  }

  @Test
  void headRequestsGetTheFeedsHeadersAndNoBody() {
    for (String path : List.of("/feeds/latest.rss", "/sources.opml", "/sitemap-news.xml")) {
      HttpResponse<String> get = http.get(path);
      HttpResponse<String> head = http.head(path);
      assertThat(head.statusCode()).as(path).isEqualTo(200);
      assertThat(head.body()).as(path).isEmpty();
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.headers().firstValue("ETag"))
          .as(path)
          .isEqualTo(get.headers().firstValue("ETag"));
    }
  }

  @Test
  void readerPagesCarryNoETagSoServingThemDoesNotChecksumEveryPage() {
    assertThat(http.get("/latest").headers().firstValue("ETag")).isEmpty();
  }

  @Test
  void unknownFeedsAre404() {
    for (String path :
        List.of(
            "/feeds/latest.pdf",
            "/feeds/nothing.rss",
            "/feeds/source/999999.rss",
            "/feeds/story/abc.atom",
            "/feeds/latest")) {
      assertThat(http.get(path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(http.get("/feeds/latest.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void theOpmlExportListsEverySourceByLanguage() throws Exception {
    HttpResponse<byte[]> r = http.bytes("/sources.opml");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/x-opml");
    wellFormed(r.body());
    Opml opml = OpmlReader.read(r.body(), URI.create(http.base() + "/sources.opml"));
    Map<String, String> byName =
        opml.subscriptions().stream()
            .collect(
                Collectors.toMap(
                    s -> s.outline().text(), s -> s.outline().xmlUrl().orElseThrow().toString()));
    assertThat(byName).hasSize(news.store.sources().list().size());
    for (Source s : news.store.sources().list()) {
      assertThat(byName.get(s.name()))
          .isEqualTo(http.base() + "/feeds/source/" + s.id().value() + ".rss");
    }
    assertThat(opml.subscriptions().stream().map(s -> s.folders().getFirst()).distinct().toList())
        .containsExactly("en", "id");
  }

  @Test
  void theNewsSitemapListsTheLastTwoDaysOfArticlePages() throws Exception {
    HttpResponse<byte[]> r = http.bytes("/sitemap-news.xml");
    wellFormed(r.body());
    Sitemap s =
        SitemapReader.read(
            r.body(), URI.create(http.base() + "/sitemap-news.xml"), "application/xml");
    List<SitemapUrl> urls = ((Sitemap.UrlSet) s).urls();
    assertThat(urls).isNotEmpty();
    var newest =
        news.store.articles().list(ArticleQuery.latest(1)).items().getFirst().article().sortTime();
    for (SitemapUrl u : urls) {
      assertThat(u.loc().toString()).startsWith(http.base() + "/article/");
      var entry = u.news().orElseThrow();
      assertThat(entry.publicationName()).isEqualTo("Warta");
      assertThat(entry.title()).isNotBlank();
      assertThat(entry.published().orElseThrow().toInstant())
          .isAfterOrEqualTo(newest.minus(java.time.Duration.ofDays(2)));
    }
  }

  @Test
  void theSitemapAndRobotsTxtPointAtEachOther() throws Exception {
    HttpResponse<byte[]> r = http.bytes("/sitemap.xml");
    wellFormed(r.body());
    Sitemap s =
        SitemapReader.read(r.body(), URI.create(http.base() + "/sitemap.xml"), "application/xml");
    List<String> locs = ((Sitemap.UrlSet) s).urls().stream().map(u -> u.loc().toString()).toList();
    assertThat(locs).contains(http.base() + "/", http.base() + "/sources");
    for (StoryId id : news.stories.values()) {
      assertThat(locs).contains(http.base() + "/story/" + id.value());
    }
    String robots = http.get("/robots.txt").body();
    assertThat(robots)
        .contains("Sitemap: " + http.base() + "/sitemap.xml")
        .contains("Sitemap: " + http.base() + "/sitemap-news.xml")
        .contains("Disallow: /admin")
        .contains("Disallow: /api/");
  }
}
