package org.warta.feed.discovery;

import java.util.List;

/**
 * What {@link ArticleLinks} found on one page: the article links (best first, capped), the URL
 * patterns it learned (most frequent first) and how many same-site links it looked at.
 *
 * @param truncated whether more article links were found than the cap allowed
 */
public record ArticleLinkHarvest(
    List<ArticleLink> articles, List<UrlPattern> patterns, int linksSeen, boolean truncated) {
  public ArticleLinkHarvest {
    articles = List.copyOf(articles);
    patterns = List.copyOf(patterns);
  }
}
