package org.warta.pipeline.refresh;

import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import org.warta.core.CanonicalUrl;
import org.warta.core.FeedItem;
import org.warta.core.Source;
import org.warta.fetch.FetchRequest;
import org.warta.fetch.FetchResult;
import org.warta.fetch.Fetcher;
import org.warta.fetch.polling.PollInput;
import org.warta.fetch.polling.PollPlan;
import org.warta.fetch.polling.PollingPolicy;
import org.warta.pipeline.ingest.ArticleIngest;
import org.warta.pipeline.ingest.IngestOutcome;
import org.warta.store.Store;

/**
 * Polls one source: list what it links (feed or sitemap), fetch the article pages not seen before,
 * ingest them, and plan the next poll from the source's publication rate. Reads top to bottom, one
 * step per line.
 */
public final class SourceRefresh {
  private final Store store;
  private final Fetcher fetcher;
  private final SourceListings listings;
  private final ArticleIngest ingest;
  private final PollingPolicy policy;
  private final InstantSource clock;
  private final int maxArticlesPerPoll;

  public SourceRefresh(
      Store store,
      Fetcher fetcher,
      ArticleIngest ingest,
      PollingPolicy policy,
      InstantSource clock,
      int maxArticlesPerPoll) {
    this.store = store;
    this.fetcher = fetcher;
    this.listings = new SourceListings(fetcher);
    this.ingest = ingest;
    this.policy = policy;
    this.clock = clock;
    this.maxArticlesPerPoll = maxArticlesPerPoll;
  }

  public RefreshReport run(Source source) {
    Listing listing = listings.list(source);
    List<FeedItem> fresh = listing.ok() ? unseen(listing.items()) : List.of();
    Counts counts = ingestAll(source, fresh);
    PollPlan plan = plan(source, listing);
    store.sources().recordPoll(source.id(), clock.instant(), plan.next(), listing.error());
    if (plan.pause()) {
      store.sources().setPaused(source.id(), true);
    }
    return new RefreshReport(
        source.id(),
        source.name(),
        listing.items().size(),
        counts.created,
        listing.items().size() - fresh.size() + counts.known,
        counts.skipped,
        counts.failed,
        listing.error(),
        plan.next(),
        plan.pause());
  }

  /** Items whose link no stored article is known under, newest first, at most the cap. */
  private List<FeedItem> unseen(List<FeedItem> items) {
    return items.stream()
        .filter(
            i -> !store.articles().knows(i.link()) && !store.articles().knows(canonical(i.link())))
        .sorted(
            Comparator.comparing(
                    (FeedItem i) -> i.published().map(t -> t.toInstant()).orElse(Instant.EPOCH))
                .reversed())
        .limit(maxArticlesPerPoll)
        .toList();
  }

  private static URI canonical(URI link) {
    try {
      return CanonicalUrl.of(link).value();
    } catch (IllegalArgumentException e) {
      return link;
    }
  }

  private Counts ingestAll(Source source, List<FeedItem> items) {
    Counts counts = new Counts();
    for (FeedItem item : items) {
      switch (fetcher.fetch(FetchRequest.page(item.link()))) {
        case FetchResult.Fetched f ->
            count(counts, ingest.ingest(f.page(), source.id(), item.link()));
        case FetchResult.NotModified n -> counts.known++;
        case FetchResult.Blocked b -> counts.skipped++;
        case FetchResult.Failed f -> counts.failed++;
      }
    }
    return counts;
  }

  private static void count(Counts counts, IngestOutcome outcome) {
    switch (outcome.kind()) {
      case NEW -> counts.created++;
      case KNOWN -> counts.known++;
      case SKIPPED -> counts.skipped++;
    }
  }

  private PollPlan plan(Source source, Listing listing) {
    Instant now = clock.instant();
    if (!listing.ok()) {
      int failures = store.sources().status(source.id()).consecutiveFailures() + 1;
      return policy.plan(PollInput.failure(now, failures, listing.retryAt()));
    }
    List<Instant> times =
        listing.items().stream()
            .flatMap(i -> i.published().stream())
            .map(t -> t.toInstant())
            .toList();
    return policy.plan(PollInput.success(now, times).withHints(listing.ttl(), listing.maxAge()));
  }

  private static final class Counts {
    int created;
    int known;
    int skipped;
    int failed;
  }
}
