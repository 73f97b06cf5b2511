package org.warta.pipeline.setup;

import java.net.URI;
import java.util.Locale;
import java.util.stream.Collectors;
import org.warta.core.DisplayPolicy;
import org.warta.core.Language;
import org.warta.core.NewSource;
import org.warta.core.SourceKind;
import org.warta.feed.Feed;
import org.warta.feed.FeedFormat;
import org.warta.feed.discovery.ArticleLinkHarvest;
import org.warta.feed.discovery.UrlPattern;
import org.warta.feed.sitemap.Sitemap;

/** Turns what a probe found into the source to add and the line that describes it. */
final class Candidates {
  private Candidates() {}

  static Candidate feed(Probed.AFeed f, String how) {
    Feed feed = f.feed();
    String name = feed.title().isBlank() ? host(f.url()) : feed.title().strip();
    URI home = feed.link().filter(u -> u.getHost() != null).orElse(f.url().resolve("/"));
    NewSource source =
        new NewSource(name, f.url(), home, SourceKind.FEED, feed.language(), DisplayPolicy.EXCERPT);
    return new Candidate(
        source,
        "the "
            + label(feed.format())
            + " feed '"
            + name
            + "' ("
            + feed.items().size()
            + " entries now) at "
            + f.url()
            + suffix(how));
  }

  static Candidate sitemap(Probed.ASitemap s, String how) {
    SourceKind kind = s.news() ? SourceKind.NEWS_SITEMAP : SourceKind.SITEMAP;
    String name = host(s.url()) + (s.news() ? " news sitemap" : " sitemap");
    String what =
        switch (s.sitemap()) {
          case Sitemap.UrlSet set ->
              (s.news() ? "Google News sitemap" : "sitemap")
                  + " with "
                  + set.urls().size()
                  + " URLs";
          case Sitemap.Index index -> "sitemap index of " + index.sitemaps().size() + " sitemaps";
        };
    return new Candidate(
        NewSource.of(name, s.url(), kind), "the " + what + " at " + s.url() + suffix(how));
  }

  static Candidate section(URI url, ArticleLinkHarvest harvest) {
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    String name = host(url) + (path.isEmpty() || path.equals("/") ? "" : path);
    String patterns =
        harvest.patterns().stream()
            .filter(UrlPattern::articles)
            .limit(3)
            .map(UrlPattern::template)
            .collect(Collectors.joining(", "));
    NewSource source =
        new NewSource(
            name,
            url,
            url.resolve("/"),
            SourceKind.SECTION_PAGE,
            Language.UNDETERMINED,
            DisplayPolicy.EXCERPT);
    return new Candidate(
        source,
        "the section page "
            + url
            + " ("
            + harvest.articles().size()
            + (harvest.truncated() ? "+" : "")
            + " article links now"
            + (patterns.isEmpty() ? "" : ", URL patterns " + patterns)
            + "); its article links are followed");
  }

  /** "RSS 2.0", "Atom 1.0", "JSON Feed 1.1", ... */
  static String label(FeedFormat format) {
    return switch (format) {
      case RSS_090 -> "RSS 0.90";
      case RSS_09X -> "RSS 0.9x";
      case RSS_20 -> "RSS 2.0";
      case RSS_10 -> "RSS 1.0 (RDF)";
      case ATOM_03 -> "Atom 0.3";
      case ATOM_10 -> "Atom 1.0";
      case JSON_FEED_10 -> "JSON Feed 1.0";
      case JSON_FEED_11 -> "JSON Feed 1.1";
    };
  }

  static String host(URI url) {
    String host = url.getHost() == null ? url.toString() : url.getHost().toLowerCase(Locale.ROOT);
    String withPort = url.getPort() > 0 ? host + ":" + url.getPort() : host;
    return withPort.startsWith("www.") ? withPort.substring(4) : withPort;
  }

  private static String suffix(String how) {
    return how.isEmpty() ? "" : ", " + how;
  }
}
