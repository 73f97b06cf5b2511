package org.warta.feed.atom;

import java.net.URI;
import java.util.List;
import org.warta.feed.media.MediaRef;

/**
 * An Atom {@code entry} as written (RFC 4287 section 4.1.2, with the Atom 0.3 names {@code issued}
 * and {@code modified} mapped to {@code published} and {@code updated}). Text constructs are
 * already read: {@code title} as plain text, {@code summary} and {@code content} as HTML.
 */
public record AtomEntry(
    String id,
    String title,
    List<AtomLink> links,
    String published,
    String updated,
    List<String> authors,
    String summaryHtml,
    String contentHtml,
    List<String> categories,
    List<MediaRef> media,
    String language,
    URI base) {

  public AtomEntry {
    links = List.copyOf(links);
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    media = List.copyOf(media);
  }
}
