package org.warta.core;

/** Identity of a stored article, assigned by the store and stable for the life of the article. */
public record ArticleId(long value) {
  public ArticleId {
    Check.positive(value, "article id");
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
