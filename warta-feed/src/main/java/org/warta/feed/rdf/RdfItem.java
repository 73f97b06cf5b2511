package org.warta.feed.rdf;

import java.net.URI;
import java.util.List;
import org.warta.feed.media.MediaRef;

/**
 * An RSS 1.0 {@code item} as written (RSS 1.0 section 5.5, with the Dublin Core, content and Media
 * RSS modules). {@code about} is the {@code rdf:about} URI, the item's identity.
 */
public record RdfItem(
    String about,
    String title,
    String link,
    String description,
    String contentEncoded,
    String date,
    List<String> creators,
    List<String> subjects,
    List<MediaRef> media,
    String language,
    URI base) {

  public RdfItem {
    creators = List.copyOf(creators);
    subjects = List.copyOf(subjects);
    media = List.copyOf(media);
  }
}
