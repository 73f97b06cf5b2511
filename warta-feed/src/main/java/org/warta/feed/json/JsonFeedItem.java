package org.warta.feed.json;

import java.util.List;

/**
 * A JSON Feed item as written (JSON Feed 1.1 "Items"; the 1.0 {@code author} object is read into
 * {@code authors}). Strings are empty when absent.
 */
public record JsonFeedItem(
    String id,
    String url,
    String externalUrl,
    String title,
    String contentHtml,
    String contentText,
    String summary,
    String image,
    String bannerImage,
    String datePublished,
    String dateModified,
    List<String> authors,
    List<String> tags,
    String language) {

  public JsonFeedItem {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
  }
}
