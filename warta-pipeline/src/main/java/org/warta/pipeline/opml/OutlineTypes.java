package org.warta.pipeline.opml;

import java.util.Locale;
import java.util.Optional;
import org.warta.core.SourceKind;

/**
 * The OPML {@code type} of each kind of source: {@code rss} for feeds (what every feed reader
 * expects, whatever the feed's format), and Warta's own {@code sitemap}, {@code news-sitemap} and
 * {@code section-page} for sources that are not feeds (exported only on request, since other
 * readers cannot poll them).
 */
final class OutlineTypes {
  private OutlineTypes() {}

  static String of(SourceKind kind) {
    return switch (kind) {
      case FEED -> "rss";
      case SITEMAP -> "sitemap";
      case NEWS_SITEMAP -> "news-sitemap";
      case SECTION_PAGE -> "section-page";
      case ARCHIVE, MANUAL -> "";
    };
  }

  /** The kind of source an outline type stands for; empty for types Warta cannot follow. */
  static Optional<SourceKind> kind(String type) {
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "", "rss", "atom", "feed", "rdf", "json", "jsonfeed" -> Optional.of(SourceKind.FEED);
      case "sitemap" -> Optional.of(SourceKind.SITEMAP);
      case "news-sitemap" -> Optional.of(SourceKind.NEWS_SITEMAP);
      case "section-page" -> Optional.of(SourceKind.SECTION_PAGE);
      default -> Optional.empty();
    };
  }
}
