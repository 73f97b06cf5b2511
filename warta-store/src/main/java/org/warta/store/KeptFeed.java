package org.warta.store;

/**
 * A feed document as built for serving: its gzip encoding, the length of the plain document, and
 * the entity tag of what it was built from (it stays right while that tag does).
 */
public record KeptFeed(String tag, byte[] gzip, int plainLength) {
  public KeptFeed {
    if (tag.isBlank()) {
      throw new IllegalArgumentException("a kept feed needs the tag it was built under");
    }
    if (plainLength < 0) {
      throw new IllegalArgumentException("negative plain length " + plainLength);
    }
  }
}
