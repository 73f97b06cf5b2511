package org.warta.web.seo;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.warta.core.Source;
import org.warta.core.Story;
import org.warta.feed.xml.XmlEscape;
import org.warta.store.ArticleQuery;
import org.warta.store.ArticleSummary;
import org.warta.store.SectionCount;
import org.warta.store.Store;
import org.warta.web.view.Catalog;
import org.warta.web.view.Document;
import org.warta.web.view.RecentBuild;
import org.warta.web.view.SourceReads;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9: the home, latest, sources and section pages, the source
 * pages and the most recently active stories) and {@code /sitemap-news.xml} (the Google News
 * extension: the article pages of the last two days before the newest article, at most 1,000, as
 * Google asks).
 */
public final class Sitemaps {
  static final int MAX_NEWS = 1000;
  static final int MAX_STORIES = 5000;
  static final Duration NEWS_WINDOW = Duration.ofDays(2);
  static final String SITE_NAME = "Warta";

  private final Store store;
  private final Catalog catalog;
  private final SourceReads sources;
  private final SiteUrls urls;
  private final String defaultLanguage;

  public Sitemaps(
      Store store, Catalog catalog, SourceReads sources, SiteUrls urls, String defaultLanguage) {
    this.store = store;
    this.catalog = catalog;
    this.sources = sources;
    this.urls = urls;
    this.defaultLanguage = defaultLanguage;
  }

  public void pages(Context ctx) {
    send(ctx, pages.get(urls.base(ctx), base -> Document.of(pagesXml(base))));
  }

  /**
   * Both sitemaps are built from thousands of rows (the pages sitemap lists every source and up to
   * 5,000 stories: about 15 k URLs with 10 k sources, 170 ms per call under load; the news sitemap
   * 1,000 articles, 106 ms), and crawlers read them every few minutes at most: each is rebuilt when
   * a minute old.
   */
  static final Duration TTL = Duration.ofSeconds(60);

  private final RecentBuild<Document> pages = new RecentBuild<>(TTL);
  private final RecentBuild<Document> news = new RecentBuild<>(TTL);

  private byte[] pagesXml(String base) {
    StringBuilder sb = open("");
    for (String path : List.of("/", "/latest", "/sources")) {
      url(sb, base + path, Optional.empty());
    }
    for (Source s : catalog.all()) {
      url(sb, base + "/source/" + s.id().value(), Optional.empty());
    }
    for (SectionCount s : sources.sections()) {
      url(sb, base + "/section/" + SourceReads.slug(s.name()), Optional.empty());
    }
    for (Story s : store.stories().list(Optional.empty(), MAX_STORIES).items()) {
      url(sb, base + "/story/" + s.id().value(), Optional.of(s.lastSeen()));
    }
    return sb.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  public void news(Context ctx) {
    send(ctx, news.get(urls.base(ctx), base -> Document.of(newsXml(base))));
  }

  private byte[] newsXml(String base) {
    StringBuilder sb = open(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"");
    List<ArticleSummary> newest = newest();
    Instant since =
        newest.isEmpty() ? Instant.EPOCH : newest.getFirst().sortTime().minus(NEWS_WINDOW);
    for (ArticleSummary a : newest) {
      if (a.sortTime().isBefore(since)) {
        break;
      }
      String lang = a.language().isDetermined() ? a.language().code() : defaultLanguage;
      sb.append("  <url>\n    <loc>");
      XmlEscape.text(base + "/article/" + a.id().value(), sb);
      sb.append("</loc>\n    <news:news>\n      <news:publication>\n        <news:name>")
          .append(SITE_NAME)
          .append("</news:name>\n        <news:language>");
      XmlEscape.text(lang, sb);
      sb.append("</news:language>\n      </news:publication>\n      <news:publication_date>")
          .append(w3c(a.sortTime()))
          .append("</news:publication_date>\n      <news:title>");
      XmlEscape.text(a.title(), sb);
      sb.append("</news:title>\n    </news:news>\n  </url>\n");
    }
    return sb.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The newest {@link #MAX_NEWS} articles (summaries: no bodies), read in store-sized pages. */
  private List<ArticleSummary> newest() {
    List<ArticleSummary> out = new java.util.ArrayList<>();
    Optional<org.warta.store.Cursor> after = Optional.empty();
    do {
      ArticleQuery q = ArticleQuery.latest(Math.min(ArticleQuery.MAX_LIMIT, MAX_NEWS - out.size()));
      var page = store.articles().summaries(after.isPresent() ? q.after(after.get()) : q);
      out.addAll(page.items());
      after = page.next();
    } while (after.isPresent() && out.size() < MAX_NEWS);
    return out;
  }

  private static StringBuilder open(String extraNamespaces) {
    return new StringBuilder(64 * 1024)
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
        .append(extraNamespaces)
        .append(">\n");
  }

  private static void url(StringBuilder sb, String loc, Optional<Instant> lastmod) {
    sb.append("  <url><loc>");
    XmlEscape.text(loc, sb);
    sb.append("</loc>");
    lastmod.ifPresent(t -> sb.append("<lastmod>").append(w3c(t)).append("</lastmod>"));
    sb.append("</url>\n");
  }

  private static String w3c(Instant t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
  }

  private static void send(Context ctx, Document xml) {
    DocumentResponses.send(ctx, xml, "application/xml; charset=utf-8");
  }

  /** robots.txt: everything but search, API, switches and admin; where the sitemaps are. */
  public void robots(Context ctx) {
    String base = urls.base(ctx);
    ctx.contentType("text/plain; charset=utf-8")
        .result(
            "User-agent: *\n"
                + "Disallow: /search\n"
                + "Disallow: /api/\n"
                + "Disallow: /lang/\n"
                + "Disallow: /zone\n"
                + "Disallow: /admin\n"
                + "Allow: /\n\n"
                + "Sitemap: "
                + base
                + "/sitemap.xml\n"
                + "Sitemap: "
                + base
                + "/sitemap-news.xml\n");
  }
}
