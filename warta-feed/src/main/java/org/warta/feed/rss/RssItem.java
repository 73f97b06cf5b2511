package org.warta.feed.rss;

import java.net.URI;
import java.util.List;
import org.warta.feed.atom.AtomLink;
import org.warta.feed.media.MediaRef;

/**
 * An RSS {@code item} as written (RSS 2.0.11 "Elements of item", plus the extensions news feeds
 * use: {@code content:encoded}, {@code dc:creator}/{@code dc:date}/{@code dc:subject}, Media RSS,
 * {@code atom:link}, {@code feedburner:origLink}). Text fields are empty when absent; nothing is
 * resolved or parsed yet.
 *
 * @param guidIsPermaLink the {@code isPermaLink} attribute, {@code true} when absent (RSS 2.0)
 * @param base the effective {@code xml:base} of the item
 */
public record RssItem(
    String title,
    String link,
    String originalLink,
    String guid,
    boolean guidIsPermaLink,
    String description,
    String contentEncoded,
    String pubDate,
    String dcDate,
    List<String> authors,
    List<String> categories,
    List<MediaRef> media,
    List<AtomLink> atomLinks,
    String language,
    URI base) {

  public RssItem {
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    media = List.copyOf(media);
    atomLinks = List.copyOf(atomLinks);
  }
}
