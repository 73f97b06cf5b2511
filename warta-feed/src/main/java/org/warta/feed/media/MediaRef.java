package org.warta.feed.media;

/**
 * One media object attached to an entry, as written: a Media RSS {@code media:content} or {@code
 * media:thumbnail} (with the description and credit that apply to it, its own or its group's), or
 * an RSS {@code enclosure} / Atom {@code link rel="enclosure"}. The URL is unresolved; width is 0
 * when not given.
 */
public record MediaRef(
    Kind kind,
    String url,
    String type,
    String medium,
    int width,
    String title,
    String description,
    String credit) {

  /** Where the reference came from; thumbnails and enclosures rank below media:content. */
  public enum Kind {
    CONTENT,
    THUMBNAIL,
    ENCLOSURE
  }

  /** An enclosure with its MIME type. */
  public static MediaRef enclosure(String url, String type) {
    return new MediaRef(Kind.ENCLOSURE, url, type, "", 0, "", "", "");
  }
}
