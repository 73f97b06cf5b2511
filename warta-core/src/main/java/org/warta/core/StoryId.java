package org.warta.core;

/** Identity of a story (a group of articles about one real-world event); stable across merges. */
public record StoryId(long value) {
  public StoryId {
    Check.positive(value, "story id");
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
