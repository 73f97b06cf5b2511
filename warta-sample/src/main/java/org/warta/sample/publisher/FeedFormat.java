package org.warta.sample.publisher;

/** The syndication format a sample publisher serves its feed in. */
public enum FeedFormat {
  /** RSS 2.0 (https://www.rssboard.org/rss-specification). */
  RSS,
  /** Atom 1.0 (RFC 4287). */
  ATOM,
  /** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
  JSON;

  /** The Content-Type the publisher's server sends for this format. */
  public String contentType() {
    return switch (this) {
      case RSS -> "application/rss+xml; charset=UTF-8";
      case ATOM -> "application/atom+xml; charset=utf-8";
      case JSON -> "application/feed+json; charset=utf-8";
    };
  }

  /** The lower-case name used in the manifest ({@code rss}, {@code atom}, {@code json}). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
