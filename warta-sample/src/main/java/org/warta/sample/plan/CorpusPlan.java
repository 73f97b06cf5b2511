package org.warta.sample.plan;

import java.time.Instant;
import java.util.List;
import org.warta.sample.publisher.Publisher;

/**
 * Everything the corpus will contain, before any byte is rendered: the publishers and their
 * articles (sorted by publication time, then key). This is the seam between where articles come
 * from (the hand-written sample content via {@link Planner}, or a later synthetic generator that
 * recombines it at any size) and how they are packed ({@link org.warta.sample.site.Crawl} and
 * {@link org.warta.sample.warc.WarcPacker}).
 *
 * @param crawlEnd when home pages, section pages and feeds are captured (after every article)
 * @param seed seeds every choice the renderers make (related links, ids, capture delays)
 */
public record CorpusPlan(
    String name,
    List<Publisher> publishers,
    List<PlannedArticle> articles,
    Instant crawlEnd,
    long seed) {

  public CorpusPlan {
    publishers = List.copyOf(publishers);
    articles = List.copyOf(articles);
    for (PlannedArticle a : articles) {
      if (!a.published().toInstant().isBefore(crawlEnd)) {
        throw new IllegalArgumentException(
            a.key() + " is published at " + a.published() + ", after the crawl end " + crawlEnd);
      }
    }
  }

  /** The articles of one publisher, oldest first. */
  public List<PlannedArticle> articlesOf(Publisher publisher) {
    return articles.stream().filter(a -> a.publisher().equals(publisher)).toList();
  }
}
