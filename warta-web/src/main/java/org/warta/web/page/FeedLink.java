package org.warta.web.page;

import java.util.List;

/**
 * A feed offered on a page ({@code <link rel="alternate">} for autodiscovery and a visible link).
 *
 * @param path the feed's path without extension, e.g. {@code /feeds/source/3}; each format adds its
 *     own ({@code .rss}, {@code .atom}, {@code .json})
 * @param query the query string the feed keeps (search feeds), or empty
 */
public record FeedLink(String title, String path, String query) {

  /** The three formats of this feed: label, media type, href. */
  public List<Format> formats() {
    String q = query.isEmpty() ? "" : "?" + query;
    return List.of(
        new Format("RSS", "application/rss+xml", path + ".rss" + q),
        new Format("Atom", "application/atom+xml", path + ".atom" + q),
        new Format("JSON Feed", "application/feed+json", path + ".json" + q));
  }

  /** One format of a feed. */
  public record Format(String label, String type, String href) {}

  public static FeedLink latest(String title) {
    return new FeedLink(title, "/feeds/latest", "");
  }
}
