package org.warta.feed.discovery;

import java.net.URI;

/**
 * A feed or sitemap found for a site, with how it was found. {@link Evidence#COMMON_PATH} entries
 * are only candidates: the caller probes them (politely) and keeps those that read.
 *
 * @param title the title the page gives the link, empty when none
 */
public record DiscoveredInput(URI url, Kind kind, String title, Evidence evidence) {

  /** What the link says the target is. */
  public enum Kind {
    RSS,
    ATOM,
    JSON_FEED,
    RDF,
    /** A feed of unknown format (an anchor named "RSS", a common path). */
    FEED,
    SITEMAP,
    /** A feed of comments, not of articles (WordPress "Comments Feed"); listed last. */
    COMMENTS_FEED
  }

  /** How the input was found, strongest first. */
  public enum Evidence {
    /** {@code <link rel="alternate" type="application/rss+xml" ...>} in the page head. */
    LINK_ALTERNATE,
    /** {@code <link rel="sitemap">} or a {@code Sitemap:} line of robots.txt. */
    DECLARED_SITEMAP,
    /** An {@code <a>} in the page whose URL or text says feed/RSS. */
    ANCHOR,
    /** A conventional location ({@code /feed}, {@code /rss.xml}, {@code /sitemap.xml}) to probe. */
    COMMON_PATH
  }
}
