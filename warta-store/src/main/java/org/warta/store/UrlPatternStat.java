package org.warta.store;

import java.time.Instant;

/**
 * What polling a section page learned about one URL template of its links (the {@code w/Y/M/D/N/S}
 * templates of warta-feed's article-link discovery): how many links of the template were listed,
 * and how many of those fetched turned out to be articles or not.
 */
public record UrlPatternStat(
    String template, long listed, long articles, long misses, Instant updated) {

  /** Fetched links of this template that were judged, articles or not. */
  public long judged() {
    return articles + misses;
  }
}
