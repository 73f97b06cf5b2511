package org.warta.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.warta.core.DisplayPolicy;
import org.warta.core.Source;
import org.warta.core.StoredArticle;
import org.warta.core.Story;
import org.warta.core.StoryId;
import org.warta.sample.key.KeyEntry;
import org.warta.store.ArticleQuery;
import org.warta.web.fixture.Http;
import org.warta.web.fixture.SampleNewsroom;
import org.warta.web.fixture.SharedSample;
import org.warta.web.view.StoryRanking;

/** The reader's pages over the imported sample, read through real HTTP as a browser would. */
class ReaderPagesTest {
  final SampleNewsroom news = SharedSample.newsroom();
  final Http http = SharedSample.http();

  Document page(String path, String... headers) {
    HttpResponse<String> r = http.get(path, headers);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body(), http.base() + path);
  }

  StoredArticle stored(KeyEntry e) {
    return news.article(e.url()).orElseThrow();
  }

  @Test
  void homeRanksStoriesByCoverageRecencyAndGrowthWithTheirLeadArticles() {
    Document home = page("/");
    List<Element> stories = home.select("ol.stories > li.story");
    assertThat(stories).hasSizeGreaterThanOrEqualTo(10);
    List<Story> shown = new ArrayList<>();
    for (Element li : stories) {
      String href = li.selectFirst("a.full-coverage").attr("href");
      Story s =
          news.store.stories().find(new StoryId(Long.parseLong(href.substring(7)))).orElseThrow();
      shown.add(s);
      assertThat(li.selectFirst("h3 a").attr("href")).isEqualTo("/article/" + s.lead().value());
      assertThat(li.select(".coverage").text())
          .contains(s.sourceCount() + " sumber")
          .contains(s.articleCount() + " artikel")
          .contains("Bahasa:");
    }
    Instant clock =
        news.store.articles().list(ArticleQuery.latest(1)).items().getFirst().article().sortTime();
    var recent =
        news.store
            .stories()
            .articlesSince(
                shown.stream().map(Story::id).toList(), clock.minus(StoryRanking.RECENT));
    List<Double> scores =
        shown.stream()
            .map(s -> StoryRanking.score(s, clock, recent.getOrDefault(s.id(), 0)))
            .toList();
    assertThat(scores).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(shown.getFirst().sourceCount()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void homeHasATerkiniColumnOfTheNewestArticles() {
    Document home = page("/");
    assertThat(home.select("aside.latest h2").text()).isEqualTo("Terkini");
    List<String> links = home.select("aside.latest h3 a").eachAttr("href");
    List<String> newest =
        news.store.articles().list(ArticleQuery.latest(20)).items().stream()
            .map(s -> "/article/" + s.id().value())
            .toList();
    assertThat(links).isEqualTo(newest);
  }

  @Test
  void latestPagesThroughEveryArticleWithACursor() {
    Set<String> seen = new HashSet<>();
    String path = "/latest";
    int pages = 0;
    while (!path.isEmpty()) {
      Document d = page(path);
      List<String> links = d.select("main ol.list h3 a").eachAttr("href");
      assertThat(links).allSatisfy(l -> assertThat(seen.add(l)).as("seen twice: " + l).isTrue());
      Element next = d.selectFirst("a[rel=next]");
      path = next == null ? "" : next.attr("href");
      pages++;
    }
    assertThat(seen).hasSize((int) news.store.articles().count());
    assertThat(pages).isGreaterThan(1);
  }

  @Test
  void aCopyCreditsItsOriginalListsTheOtherCopiesAndLinksToTheOriginalPage() {
    KeyEntry copy =
        news.copies().stream()
            .filter(e -> e.copyKind().equals("canonical") && e.publisher().equals("kabarnusa"))
            .findFirst()
            .orElseThrow();
    StoredArticle a = stored(copy);
    StoredArticle original = news.article(copy.original()).orElseThrow();
    Document d = page("/article/" + a.id().value());
    assertThat(d.select("h1").text()).isEqualTo(a.article().title());
    Element originally = d.selectFirst("p.originally a");
    assertThat(originally.attr("href")).isEqualTo("/article/" + original.id().value());
    assertThat(originally.text()).isEqualTo("KBA - Kantor Berita Antarpulau");
    assertThat(d.select("section.copies a").eachAttr("href"))
        .contains("/article/" + original.id().value());
    assertThat(d.selectFirst("p.original a.button").attr("href"))
        .isEqualTo(a.article().url().toString());
    assertThat(d.select("section.story-box a").attr("href"))
        .isEqualTo("/story/" + news.stories.get(copy.story()).value());
    assertThat(d.select("section.related li")).isNotEmpty();
    assertThat(d.select("aside.latest li")).isNotEmpty();
  }

  @Test
  void theOriginalSaysNothingAboutBeingACopy() {
    KeyEntry copy = news.copies().getFirst();
    StoredArticle original = news.article(copy.original()).orElseThrow();
    Document d = page("/article/" + original.id().value());
    assertThat(d.select("p.originally")).isEmpty();
    assertThat(d.select("section.copies li")).isNotEmpty();
  }

  @Test
  void theBodyFollowsTheSourcesDisplayPolicy() {
    for (Source s : news.store.sources().list()) {
      var list = news.store.articles().list(ArticleQuery.latest(1).from(s.id())).items();
      if (list.isEmpty()) {
        continue;
      }
      Document d = page("/article/" + list.getFirst().id().value());
      if (s.display() == DisplayPolicy.FULL_TEXT) {
        assertThat(d.select("div.body.excerpt")).as(s.name()).isEmpty();
        assertThat(d.select("div.body p")).as(s.name()).isNotEmpty();
      } else {
        assertThat(d.select("div.body.excerpt p.note").text())
            .as(s.name())
            .isEqualTo("Ini cuplikan. Artikel lengkap ada di situs penerbitnya.");
      }
      assertThat(d.selectFirst("p.original a.button").attr("href"))
          .isEqualTo(list.getFirst().article().url().toString());
    }
  }

  @Test
  void theArticlePageShowsLeadImageWithCaptionCreditsAndByline() {
    KeyEntry wire =
        news.key.entries().stream()
            .filter(e -> e.credit().equals("AFP/Z-3") && !e.role().equals("alias"))
            .findFirst()
            .orElseThrow();
    StoredArticle a = stored(wire);
    Document d = page("/article/" + a.id().value());
    assertThat(d.select("footer.credits").text()).contains("AFP/Z-3");
    if (!a.article().editor().isBlank()) {
      assertThat(d.select("p.editor").text()).isEqualTo("Editor : " + a.article().editor());
    }
    assertThat(a.article().leadImage()).isPresent();
    Element img = d.selectFirst("figure.lead img");
    assertThat(img.attr("alt")).isNotBlank();
    assertThat(d.select("figure.lead figcaption").text()).isNotBlank();
    if (!a.article().authors().isEmpty()) {
      assertThat(d.select(".byline").text()).contains(a.article().authors().getFirst());
    }
  }

  @Test
  void everyArticlePageCarriesANewsArticleJsonLdBlock() throws Exception {
    StoredArticle a = news.store.articles().list(ArticleQuery.latest(1)).items().getFirst();
    Document d = page("/article/" + a.id().value());
    Element block = d.selectFirst("script[type=application/ld+json]");
    JsonNode ld = new ObjectMapper().readTree(block.data());
    assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.get("headline").asText()).isEqualTo(a.article().title());
    assertThat(ld.get("datePublished").asText())
        .isEqualTo(a.article().published().orElseThrow().toString());
    assertThat(ld.get("url").asText()).isEqualTo(http.base() + "/article/" + a.id().value());
    assertThat(ld.get("publisher").get("name").asText()).isNotBlank();
    assertThat(ld.has("isBasedOn")).isTrue();
  }

  @Test
  void theStoryPageShowsTimelineSourcesLanguagesFirstReportAndChart() {
    Story story =
        news.stories.values().stream()
            .map(id -> news.store.stories().find(id).orElseThrow())
            .filter(s -> s.languages().size() > 1)
            .max(Comparator.comparing(Story::sourceCount))
            .orElseThrow();
    Document d = page("/story/" + story.id().value());
    assertThat(d.select("h1").text()).isEqualTo(story.title());
    List<Element> entries = d.select("ol.timeline > li");
    assertThat(entries).hasSize(story.articleCount());
    List<String> times = d.select("ol.timeline time").eachAttr("datetime");
    List<Instant> instants =
        times.stream().map(t -> java.time.OffsetDateTime.parse(t).toInstant()).toList();
    assertThat(instants).isSorted();
    assertThat(entries.getFirst().hasClass("first-report")).isTrue();
    assertThat(entries.getFirst().select(".first").text()).isEqualTo("Laporan pertama");
    assertThat(d.select("section[aria-labelledby=sources-h] li")).hasSize(story.sourceCount());
    assertThat(d.select("section[aria-labelledby=langs-h] li").text())
        .contains("Indonesia")
        .contains("Inggris");
    Element svg = d.selectFirst("svg.chart");
    assertThat(svg.attr("role")).isEqualTo("img");
    long total =
        java.util.regex.Pattern.compile(": (\\d+) artikel")
            .matcher(svg.selectFirst("desc").text())
            .results()
            .mapToLong(m -> Long.parseLong(m.group(1)))
            .sum();
    assertThat(total).isEqualTo(story.articleCount());
  }

  @Test
  void aMergedStoryRedirectsToTheStoryItWasMergedInto() {
    StoredArticle any = news.store.articles().list(ArticleQuery.latest(1)).items().getFirst();
    StoryId gone = news.store.stories().create("Lama", any.id(), Instant.EPOCH);
    StoryId kept = news.store.stories().create("Baru", any.id(), Instant.EPOCH);
    news.store.stories().merge(gone, kept);
    var r = http.get("/story/" + gone.value());
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).contains("/story/" + kept.value());
  }

  @Test
  void theSourcesDirectoryListsEveryPublisherByLanguage() {
    Document d = page("/sources");
    assertThat(d.select("h1").text()).isEqualTo("Tautan Sahabat");
    assertThat(d.select("main h2").eachText()).containsExactly("Indonesia", "Inggris");
    assertThat(d.select("ul.sources h3 a")).hasSize(news.store.sources().list().size());
  }

  @Test
  void aSourcePageListsOnlyThatSourcesArticlesAndItsFeeds() {
    Source s = news.store.sources().list().getFirst();
    Document d = page("/source/" + s.id().value());
    assertThat(d.select("h1").text()).isEqualTo(s.name());
    assertThat(d.select("main ol.list .meta a").eachAttr("href"))
        .containsOnly("/source/" + s.id().value());
    assertThat(d.select("p.feeds a").eachAttr("href"))
        .contains("/feeds/source/" + s.id().value() + ".atom");
  }

  @Test
  void sectionPagesGatherOneSectionAcrossPublishers() {
    Document all = page("/sections");
    Element first = all.selectFirst("ul.sources h3 a");
    Document d = page(first.attr("href"));
    String name = first.text();
    List<String> links = d.select("main ol.list h3 a").eachAttr("href");
    assertThat(links).isNotEmpty();
    for (String l : links.subList(0, Math.min(5, links.size()))) {
      long id = Long.parseLong(l.substring("/article/".length()));
      assertThat(
              news.store
                  .articles()
                  .find(new org.warta.core.ArticleId(id))
                  .orElseThrow()
                  .article()
                  .section())
          .isEqualTo(name);
    }
  }

  @Test
  void datesFollowTheReadersLanguageAndTimeZone() {
    StoredArticle a = news.store.articles().list(ArticleQuery.latest(1)).items().getFirst();
    String path = "/article/" + a.id().value();
    assertThat(page(path).select("header time").text()).endsWith("WIB");
    assertThat(page(path, "Cookie", "tz=Asia/Makassar").select("header time").text())
        .endsWith("WITA");
    assertThat(page(path, "Accept-Language", "en").select("header time").text())
        .matches("[A-Z][a-z]+day, \\d+ [A-Z][a-z]{2} 2026, \\d\\d:\\d\\d WIB");
    var set = http.get("/zone?tz=Asia/Jayapura&next=%2Flatest");
    assertThat(set.statusCode()).isEqualTo(303);
    assertThat(set.headers().firstValue("Location")).contains("/latest");
    assertThat(set.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("tz=Asia/Jayapura");
    assertThat(http.get("/zone?tz=Mars/Olympus").statusCode()).isEqualTo(400);
  }

  @Test
  void theInterfaceLanguageComesFromTheCookieOrAcceptLanguage() {
    assertThat(page("/", "Accept-Language", "en-GB,en;q=0.8").select("html").attr("lang"))
        .isEqualTo("en");
    assertThat(
            page("/", "Accept-Language", "en", "Cookie", "lang=id")
                .select("aside.latest h2")
                .text())
        .isEqualTo("Terkini");
    Document en = page("/", "Accept-Language", "en");
    assertThat(en.select("aside.latest h2").text()).isEqualTo("Latest");
    assertThat(en.select("a.lang").attr("href")).isEqualTo("/lang/id?next=%2F");
  }

  @Test
  void preferenceSwitchesNeverRedirectOffSite() {
    for (String next :
        List.of(
            "https://evil.example/", "//evil.example/", "/\\evil.example", "%2F%2Fevil.example")) {
      for (String path : List.of("/lang/en?next=", "/zone?tz=UTC&next=")) {
        var r =
            http.get(
                path + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.headers().firstValue("Location").orElseThrow()).as(path + next).isEqualTo("/");
      }
    }
  }

  @Test
  void everyPageOffersItsFeedsForAutodiscovery() {
    StoredArticle a = news.store.articles().list(ArticleQuery.latest(1)).items().getFirst();
    StoryId story = a.story().orElseThrow();
    for (String path :
        List.of(
            "/",
            "/latest",
            "/article/" + a.id().value(),
            "/story/" + story.value(),
            "/source/" + a.article().source().value(),
            "/sources",
            "/sections",
            "/search?q=banjir")) {
      Document d = page(path);
      List<Element> alts = d.select("head link[rel=alternate]");
      assertThat(alts.stream().map(e -> e.attr("type")).toList())
          .as(path)
          .contains("application/rss+xml", "application/atom+xml", "application/feed+json");
      for (Element l : alts) {
        assertThat(http.get(l.attr("href")).statusCode())
            .as(path + " " + l.attr("href"))
            .isEqualTo(200);
      }
    }
    assertThat(page("/story/" + story.value()).select("link[rel=alternate]").eachAttr("href"))
        .contains("/feeds/story/" + story.value() + ".json");
  }

  @Test
  void pagesAreSemanticAndAccessible() {
    StoredArticle a = news.store.articles().list(ArticleQuery.latest(1)).items().getFirst();
    for (String path : List.of("/", "/article/" + a.id().value(), "/search?q=banjir", "/sources")) {
      Document d = page(path);
      assertThat(d.select("html").attr("lang")).isIn("id", "en");
      assertThat(d.select("main#main")).hasSize(1);
      assertThat(d.select("a.skip").attr("href")).isEqualTo("#main");
      assertThat(d.select("h1")).as(path).hasSize(1);
      assertThat(d.select("img")).allSatisfy(img -> assertThat(img.hasAttr("alt")).isTrue());
      assertThat(d.select("input:not([type=hidden]), select"))
          .allSatisfy(
              in ->
                  assertThat(d.select("label[for=" + in.id() + "]"))
                      .as(path + " " + in.id())
                      .isNotEmpty());
    }
  }

  @Test
  void pagesSendStrictSecurityHeadersAndNoInlineScript() {
    StoredArticle a = news.store.articles().list(ArticleQuery.latest(1)).items().getFirst();
    HttpResponse<String> r = http.get("/article/" + a.id().value());
    Map<String, List<String>> h = r.headers().map();
    String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp)
        .contains("script-src 'self'")
        .contains("object-src 'none'")
        .contains("frame-ancestors 'none'");
    assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(h.get("X-Content-Type-Options")).containsExactly("nosniff");
    Document d = Jsoup.parse(r.body());
    assertThat(d.select("script"))
        .allSatisfy(
            s ->
                assertThat(
                        s.attr("src").equals("/static/warta.js")
                            || s.attr("type").equals("application/ld+json"))
                    .isTrue());
  }
}
