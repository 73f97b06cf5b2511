package org.warta.store;

/**
 * What one retention run removed: articles (each leaving a tombstone), their stored text bytes and
 * the stories left without articles.
 */
public record Purged(long articles, long bytes, long stories) {
  public static final Purged NOTHING = new Purged(0, 0, 0);

  public Purged plus(Purged other) {
    return new Purged(articles + other.articles, bytes + other.bytes, stories + other.stories);
  }
}
