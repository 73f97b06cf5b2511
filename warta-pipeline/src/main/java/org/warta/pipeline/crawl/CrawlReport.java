package org.warta.pipeline.crawl;

import java.util.List;
import java.util.Locale;
import org.warta.core.Source;

/**
 * What one crawl did: pages fetched, articles stored (new or already known), pages that were no
 * article, fetches that failed, and whether the per-run cap stopped it before the links ran out.
 */
public record CrawlReport(
    Source source,
    int pagesFetched,
    int created,
    int known,
    int skipped,
    int failed,
    boolean capReached,
    List<String> notes) {

  public CrawlReport {
    notes = List.copyOf(notes);
  }

  public String line() {
    return String.format(
        Locale.ROOT,
        "%s: %d pages fetched, %d new articles, %d known, %d not articles, %d failed%s",
        source.name(),
        pagesFetched,
        created,
        known,
        skipped,
        failed,
        capReached ? " (stopped at the cap; run again for more)" : "");
  }
}
