package org.warta.pipeline.crawl;

import java.net.URI;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warta.core.CanonicalUrl;
import org.warta.core.RawPage;
import org.warta.core.Source;
import org.warta.feed.discovery.ArticleLink;
import org.warta.feed.discovery.ArticleLinks;
import org.warta.feed.discovery.UrlShape;
import org.warta.fetch.FetchRequest;
import org.warta.fetch.FetchResult;
import org.warta.fetch.Fetcher;
import org.warta.pipeline.Progress;
import org.warta.pipeline.ingest.ArticleIngest;
import org.warta.pipeline.ingest.IngestOutcome;
import org.warta.pipeline.refresh.SectionPages;
import org.warta.store.Store;
import org.warta.store.UrlPatternStat;

/**
 * {@code warta crawl <site>}: a bounded crawl of a site without feeds. The start page (a home or
 * section page) gives the first article links (warta-feed's {@link ArticleLinks}: URL shapes that
 * look like articles); each article page fetched gives more (its "latest" and "related" lists),
 * breadth first up to {@link #MAX_DEPTH} links away. Every page is fetched politely (robots.txt,
 * per-origin limits), ingested only if it looks like an article, and what each URL template gave
 * (article or not) is learned per source, so templates that never give articles are left alone next
 * time. At most {@code cap} pages are fetched per run.
 */
public final class SiteCrawl {
  /** How many links away from the start page the crawl goes. */
  static final int MAX_DEPTH = 2;

  private final Store store;
  private final Fetcher fetcher;
  private final ArticleIngest ingest;
  private final InstantSource clock;
  private final SiteSources sites;

  public SiteCrawl(Store store, Fetcher fetcher, ArticleIngest ingest, InstantSource clock) {
    this.store = store;
    this.fetcher = fetcher;
    this.ingest = ingest;
    this.clock = clock;
    this.sites = new SiteSources(store);
  }

  private record Lead(URI url, int depth) {}

  /**
   * Crawls from {@code start}.
   *
   * @param cap the most pages fetched after the start page
   * @throws CrawlException when the start page cannot be fetched
   */
  public CrawlReport crawl(URI start, int cap, Progress progress) {
    RawPage first = fetchStart(start);
    Run run = new Run(sites.forPage(first.url()), progress);
    run.seen.add(start);
    run.enqueue(first, 1);
    progress.total(Math.min(cap, run.queue.size()));
    while (!run.queue.isEmpty() && run.fetched < cap) {
      run.step(run.queue.poll());
    }
    run.outcomes.forEach(
        (t, hm) ->
            store.urlPatterns().record(run.source.id(), t, 0, hm[0], hm[1], clock.instant()));
    return new CrawlReport(
        run.source,
        run.fetched,
        run.created,
        run.known,
        run.skipped,
        run.failed,
        !run.queue.isEmpty(),
        run.notes);
  }

  /** The state of one crawl: the queue, what was seen, the counts and what was learned. */
  private final class Run {
    final Source source;
    final Progress progress;
    final Deque<Lead> queue = new ArrayDeque<>();
    final Set<URI> seen = new HashSet<>();
    final List<String> notes = new ArrayList<>();
    final Map<String, int[]> outcomes = new LinkedHashMap<>();
    final Map<String, UrlPatternStat> learned;
    int fetched, created, known, skipped, failed;

    Run(Source source, Progress progress) {
      this.source = source;
      this.progress = progress;
      this.learned =
          store.urlPatterns().patterns(source.id()).stream()
              .collect(Collectors.toMap(UrlPatternStat::template, Function.identity()));
    }

    void step(Lead lead) {
      if (knows(lead.url())) {
        known++;
        return;
      }
      fetched++;
      switch (fetcher.fetch(FetchRequest.page(lead.url()))) {
        case FetchResult.Fetched f -> {
          IngestOutcome outcome =
              ingest.ingest(f.page(), source.id(), lead.url(), ArticleIngest.Evidence.UNKNOWN);
          count(lead.url(), outcome);
          if (outcome.kind() != IngestOutcome.Kind.SKIPPED && lead.depth() < MAX_DEPTH) {
            enqueue(f.page(), lead.depth() + 1);
          }
        }
        case FetchResult.NotModified n -> known++;
        case FetchResult.Blocked b -> {
          skipped++;
          note(b.problem().message());
        }
        case FetchResult.Failed f -> {
          failed++;
          note(f.problem().message());
        }
      }
      progress.advance(1, lead.url().toString());
    }

    void count(URI url, IngestOutcome outcome) {
      int[] hm = outcomes.computeIfAbsent(UrlShape.of(url).template(), t -> new int[2]);
      switch (outcome.kind()) {
        case NEW -> created++;
        case KNOWN -> known++;
        case SKIPPED -> skipped++;
      }
      hm[outcome.kind() == IngestOutcome.Kind.SKIPPED ? 1 : 0]++;
    }

    /** Queues the article links of a page that earlier runs did not rule out. */
    void enqueue(RawPage page, int depth) {
      var harvest = ArticleLinks.discover(page.body(), page.url(), SectionPages.HARVEST_CAP);
      Map<String, Long> listed =
          harvest.articles().stream()
              .collect(Collectors.groupingBy(ArticleLink::template, Collectors.counting()));
      listed.forEach(
          (t, n) -> store.urlPatterns().record(source.id(), t, n, 0, 0, clock.instant()));
      for (ArticleLink link : harvest.articles()) {
        if (SectionPages.worthFetching(learned.get(link.template())) && seen.add(link.url())) {
          queue.add(new Lead(link.url(), depth));
        }
      }
    }

    void note(String message) {
      if (notes.size() < 10) {
        notes.add(message);
      }
    }
  }

  private RawPage fetchStart(URI start) {
    return switch (fetcher.fetch(FetchRequest.page(start))) {
      case FetchResult.Fetched f -> f.page();
      case FetchResult.NotModified n ->
          throw new CrawlException(
              start + " answered 304 Not Modified to an unconditional request");
      case FetchResult.Blocked b -> throw new CrawlException(b.problem().message());
      case FetchResult.Failed f -> throw new CrawlException(f.problem().message());
    };
  }

  private boolean knows(URI link) {
    if (store.articles().knows(link)) {
      return true;
    }
    try {
      return store.articles().knows(CanonicalUrl.of(link).value());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The crawl could not start; the message names the URL and what to do. */
  public static final class CrawlException extends RuntimeException {
    public CrawlException(String message) {
      super(message);
    }
  }
}
