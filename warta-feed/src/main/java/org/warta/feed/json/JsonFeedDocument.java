package org.warta.feed.json;

import java.util.List;

/**
 * A JSON Feed document as written (JSON Feed 1.1 "Top-level"; {@code hubs} keeps the URLs of the
 * hubs whose type is WebSub).
 *
 * @param version the {@code version} URL, e.g. {@code https://jsonfeed.org/version/1.1}
 */
public record JsonFeedDocument(
    String version,
    String title,
    String homePageUrl,
    String feedUrl,
    String description,
    String language,
    List<String> hubs,
    List<JsonFeedItem> items) {

  public JsonFeedDocument {
    hubs = List.copyOf(hubs);
    items = List.copyOf(items);
  }
}
