package org.warta.fetch;

import java.util.List;
import java.util.Locale;

/**
 * Why a URL is fetched. The purpose decides the default {@code Accept} header, which response
 * content types are acceptable, and whether robots.txt applies: RFC 9309 governs crawling of pages
 * and sitemaps; feeds a user subscribed to and the one-off probes of {@code sources add} are
 * user-initiated requests (as in every feed reader) and only honour a cached Crawl-delay.
 */
public enum Purpose {
  /** An RSS, Atom, RDF or JSON feed. */
  FEED(
      List.of(
          "application/rss+xml",
          "application/atom+xml",
          "application/feed+json",
          "application/json;q=0.9",
          "application/xml;q=0.9",
          "text/xml;q=0.9",
          "*/*;q=0.1"),
      false),
  /** A sitemap, sitemap index or Google News sitemap (XML, text, or gzip payload). */
  SITEMAP(List.of("application/xml", "text/xml", "application/gzip;q=0.9", "*/*;q=0.1"), true),
  /** An HTML page: an article or a section/home page. */
  PAGE(List.of("text/html", "application/xhtml+xml", "*/*;q=0.1"), true),
  /** A robots.txt file (RFC 9309 section 2.3). */
  ROBOTS(List.of("text/plain", "*/*;q=0.1"), false),
  /**
   * A URL of unknown kind that the user gave (e.g. {@code warta sources add}): feed, sitemap or
   * page are all acceptable.
   */
  PROBE(
      List.of(
          "application/rss+xml",
          "application/atom+xml",
          "application/feed+json",
          "application/xml;q=0.9",
          "text/html;q=0.9",
          "*/*;q=0.1"),
      false);

  private final List<String> accept;
  private final boolean obeysRobots;

  Purpose(List<String> accept, boolean obeysRobots) {
    this.accept = accept;
    this.obeysRobots = obeysRobots;
  }

  /** The default {@code Accept} header values, most wanted first. */
  public List<String> defaultAccept() {
    return accept;
  }

  /** Whether robots.txt is fetched and its rules enforced before requesting such a URL. */
  public boolean obeysRobots() {
    return obeysRobots;
  }

  /** Lower-case name used in messages ("feed", "page", ...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
