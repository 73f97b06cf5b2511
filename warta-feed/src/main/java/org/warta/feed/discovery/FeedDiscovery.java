package org.warta.feed.discovery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.warta.feed.discovery.DiscoveredInput.Evidence;
import org.warta.feed.discovery.DiscoveredInput.Kind;
import org.warta.feed.link.Hrefs;

/**
 * Feed and sitemap autodiscovery (RSS Advisory Board "RSS Autodiscovery", WHATWG HTML {@code
 * rel="alternate"} with a feed type; JSON Feed's {@code application/feed+json}): the links a home
 * page declares, feed-looking anchors, {@code Sitemap:} lines of robots.txt, and the conventional
 * paths as candidates to probe. Pure: bytes and URL in, a de-duplicated list out, strongest
 * evidence first and comment feeds last.
 */
public final class FeedDiscovery {
  /** Conventional feed and sitemap locations, probed when a page declares nothing. */
  public static final List<String> COMMON_PATHS =
      List.of(
          "/feed",
          "/rss",
          "/rss.xml",
          "/feed.xml",
          "/atom.xml",
          "/index.xml",
          "/feed.json",
          "/sitemap.xml",
          "/sitemap_index.xml",
          "/news-sitemap.xml",
          "/sitemap-news.xml");

  private static final int MAX_ROBOTS_BYTES = 512 * 1024;

  private FeedDiscovery() {}

  /** The feeds and sitemaps a page declares or links to, then the common paths of its origin. */
  public static List<DiscoveredInput> discover(byte[] html, URI pageUrl) {
    HtmlPage page = HtmlPage.parse(html, pageUrl);
    Map<URI, DiscoveredInput> found = new LinkedHashMap<>();
    for (Element link : page.document.select("link[href][rel]")) {
      declared(page, link).ifPresent(input -> found.putIfAbsent(input.url(), input));
    }
    for (Element anchor : page.document.select("a[href]")) {
      anchor(page, anchor).ifPresent(input -> found.putIfAbsent(input.url(), input));
    }
    for (DiscoveredInput candidate : commonPaths(pageUrl)) {
      found.putIfAbsent(candidate.url(), candidate);
    }
    List<DiscoveredInput> ordered = new ArrayList<>(found.values());
    ordered.sort(
        Comparator.comparing((DiscoveredInput d) -> d.kind() == Kind.COMMENTS_FEED)
            .thenComparing(DiscoveredInput::evidence));
    return ordered;
  }

  /** The conventional feed and sitemap URLs of the page's origin, as probe candidates. */
  public static List<DiscoveredInput> commonPaths(URI pageUrl) {
    List<DiscoveredInput> candidates = new ArrayList<>();
    for (String path : COMMON_PATHS) {
      Hrefs.resolveHttp(pageUrl, path)
          .ifPresent(
              url ->
                  candidates.add(
                      new DiscoveredInput(
                          url,
                          path.contains("sitemap") ? Kind.SITEMAP : Kind.FEED,
                          "",
                          Evidence.COMMON_PATH)));
    }
    return candidates;
  }

  /** The {@code Sitemap:} lines of a robots.txt (RFC 9309 section 2.2.4), resolved. */
  public static List<URI> sitemapsInRobots(byte[] robotsTxt, URI robotsUrl) {
    String text =
        new String(
            robotsTxt, 0, Math.min(robotsTxt.length, MAX_ROBOTS_BYTES), StandardCharsets.UTF_8);
    List<URI> sitemaps = new ArrayList<>();
    for (String line : text.lines().toList()) {
      String l = line.strip();
      int hash = l.indexOf('#');
      l = hash >= 0 ? l.substring(0, hash).strip() : l;
      if (l.length() > 8 && l.substring(0, 8).equalsIgnoreCase("sitemap:")) {
        Hrefs.resolveHttp(robotsUrl, l.substring(8).strip())
            .filter(u -> !sitemaps.contains(u))
            .ifPresent(sitemaps::add);
      }
    }
    return sitemaps;
  }

  private static Optional<DiscoveredInput> declared(HtmlPage page, Element link) {
    String rel = " " + link.attr("rel").toLowerCase(Locale.ROOT).strip() + " ";
    String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
    String title = link.attr("title").strip();
    Optional<URI> url = page.resolve(link.attr("href"));
    if (url.isEmpty()) {
      return Optional.empty();
    }
    if (rel.contains(" sitemap ")) {
      return Optional.of(
          new DiscoveredInput(url.get(), Kind.SITEMAP, title, Evidence.DECLARED_SITEMAP));
    }
    if (!rel.contains(" alternate ") && !rel.contains(" feed ")) {
      return Optional.empty();
    }
    Kind kind = kindOfType(type, url.get());
    if (kind == null) {
      return Optional.empty();
    }
    return Optional.of(
        new DiscoveredInput(
            url.get(),
            isComments(title, url.get()) ? Kind.COMMENTS_FEED : kind,
            title,
            Evidence.LINK_ALTERNATE));
  }

  private static DiscoveredInput.@org.jspecify.annotations.Nullable Kind kindOfType(
      String type, URI url) {
    String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "application/rss+xml" -> Kind.RSS;
      case "application/atom+xml" -> Kind.ATOM;
      case "application/feed+json" -> Kind.JSON_FEED;
      case "application/rdf+xml" -> Kind.RDF;
      case "application/json" -> path.contains("feed") ? Kind.JSON_FEED : null;
      case "text/xml", "application/xml" ->
          path.contains("rss") || path.contains("feed") || path.contains("atom") ? Kind.FEED : null;
      default -> null;
    };
  }

  private static Optional<DiscoveredInput> anchor(HtmlPage page, Element anchor) {
    Optional<URI> url = page.resolve(anchor.attr("href"));
    if (url.isEmpty() || !looksLikeFeed(url.get(), anchor.text())) {
      return Optional.empty();
    }
    String text = anchor.text().strip();
    return Optional.of(
        new DiscoveredInput(
            url.get(),
            isComments(text, url.get()) ? Kind.COMMENTS_FEED : Kind.FEED,
            text,
            Evidence.ANCHOR));
  }

  static boolean looksLikeFeed(URI url, String text) {
    String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
    String host = url.getHost().toLowerCase(Locale.ROOT);
    boolean feedPath =
        path.endsWith("/feed")
            || path.endsWith("/feed/")
            || path.endsWith("/rss")
            || path.endsWith("/rss/")
            || path.endsWith(".rss")
            || path.endsWith(".rdf")
            || path.endsWith(".atom")
            || path.endsWith("rss.xml")
            || path.endsWith("feed.xml")
            || path.endsWith("atom.xml")
            || path.endsWith("feed.json")
            || path.contains("/feeds/")
            || host.startsWith("feeds.");
    String t = text.strip().toLowerCase(Locale.ROOT);
    boolean feedText =
        t.equals("rss")
            || t.equals("atom")
            || t.startsWith("rss ")
            || t.endsWith(" rss")
            || t.contains("rss feed");
    return feedPath || (feedText && (path.endsWith(".xml") || path.contains("rss")));
  }

  private static boolean isComments(String title, URI url) {
    String t = title.toLowerCase(Locale.ROOT);
    String p = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
    return t.contains("comment") || t.contains("komentar") || p.contains("/comments/feed");
  }
}
