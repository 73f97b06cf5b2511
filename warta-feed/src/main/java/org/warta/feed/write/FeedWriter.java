package org.warta.feed.write;

import java.util.Locale;

/**
 * Writes Warta's outgoing feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 from one {@link OutgoingFeed}.
 * Output is UTF-8, well-formed whatever the entries contain, and reads back through {@link
 * org.warta.feed.FeedReader} with the same links, ids, dates, authors and categories.
 */
public final class FeedWriter {
  private FeedWriter() {}

  /** The output formats, with their media types. */
  public enum Format {
    RSS("application/rss+xml; charset=utf-8"),
    ATOM("application/atom+xml; charset=utf-8"),
    JSON_FEED("application/feed+json; charset=utf-8");

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    /** The Content-Type to serve this format with. */
    public String mediaType() {
      return mediaType;
    }

    /** The format for a name as used in URLs ({@code rss}, {@code atom}, {@code json}). */
    public static Format of(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "rss", "rss2", "xml" -> RSS;
        case "atom" -> ATOM;
        case "json", "jsonfeed", "json_feed" -> JSON_FEED;
        default ->
            throw new IllegalArgumentException(
                "unknown feed format '" + name + "': use rss, atom or json");
      };
    }
  }

  /** The feed in the given format, as UTF-8 bytes. */
  public static byte[] write(OutgoingFeed feed, Format format) {
    return switch (format) {
      case RSS -> RssWriter.write(feed);
      case ATOM -> AtomWriter.write(feed);
      case JSON_FEED -> JsonFeedWriter.write(feed);
    };
  }

  /** RSS 2.0. */
  public static byte[] rss(OutgoingFeed feed) {
    return RssWriter.write(feed);
  }

  /** Atom 1.0. */
  public static byte[] atom(OutgoingFeed feed) {
    return AtomWriter.write(feed);
  }

  /** JSON Feed 1.1. */
  public static byte[] jsonFeed(OutgoingFeed feed) {
    return JsonFeedWriter.write(feed);
  }
}
