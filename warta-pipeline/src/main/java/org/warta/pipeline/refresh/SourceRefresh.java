package org.warta.pipeline.refresh;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.core.CanonicalUrl;
import org.warta.core.FeedItem;
import org.warta.core.Source;
import org.warta.feed.WebSub;
import org.warta.feed.discovery.UrlShape;
import org.warta.fetch.BlockReason;
import org.warta.fetch.FetchRequest;
import org.warta.fetch.FetchResult;
import org.warta.fetch.Fetcher;
import org.warta.fetch.UrlState;
import org.warta.fetch.Validators;
import org.warta.fetch.polling.PollInput;
import org.warta.fetch.polling.PollPlan;
import org.warta.fetch.polling.PollingPolicy;
import org.warta.pipeline.ingest.ArticleIngest;
import org.warta.pipeline.ingest.IngestOutcome;
import org.warta.store.ArticleQuery;
import org.warta.store.Store;

/**
 * Polls one source: list what it links (feed, sitemap or section page), fetch the article pages not
 * seen before, ingest them, and plan the next poll from the source's publication rate and its
 * publisher's hints; after too many failures in a row the source is paused. Reads top to bottom,
 * one step per line.
 */
public final class SourceRefresh {
  /** A section-page link fetched this recently that was no article is not fetched again. */
  static final Duration RECHECK_AFTER = Duration.ofDays(7);

  /** Stored articles that estimate the publication rate when the listing has no dates. */
  static final int RATE_SAMPLE = 20;

  private static final Logger LOG = LoggerFactory.getLogger(SourceRefresh.class);

  /** Locks by URL hash: two sources never fetch the same article page at the same time. */
  private static final int STRIPES = 512;

  /** Told after each successful poll what WebSub hubs the feed advertises (W3C WebSub, 4). */
  @FunctionalInterface
  public interface HubListener {
    HubListener NONE = (source, webSub) -> {};

    /**
     * @param advertised the feed's hubs and self link as read; empty when the poll read no feed
     *     (304 Not Modified, or a sitemap or section page)
     */
    void polled(Source source, Optional<WebSub> advertised);
  }

  private final Store store;
  private final Fetcher fetcher;
  private final SectionPages sectionPages;
  private final SourceListings listings;
  private final StoreUrlStates urlStates;
  private final ArticleIngest ingest;
  private final PollingPolicy policy;
  private final InstantSource clock;
  private final int maxArticlesPerPoll;
  private final HubListener hubs;
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  public SourceRefresh(
      Store store,
      Fetcher fetcher,
      ArticleIngest ingest,
      PollingPolicy policy,
      InstantSource clock,
      int maxArticlesPerPoll) {
    this(store, fetcher, ingest, policy, clock, maxArticlesPerPoll, HubListener.NONE);
  }

  public SourceRefresh(
      Store store,
      Fetcher fetcher,
      ArticleIngest ingest,
      PollingPolicy policy,
      InstantSource clock,
      int maxArticlesPerPoll,
      HubListener hubs) {
    this.store = store;
    this.fetcher = fetcher;
    this.sectionPages = new SectionPages(fetcher, store, clock);
    this.listings = new SourceListings(fetcher, sectionPages);
    this.urlStates = new StoreUrlStates(store.urlStates());
    this.ingest = ingest;
    this.policy = policy;
    this.clock = clock;
    this.maxArticlesPerPoll = maxArticlesPerPoll;
    this.hubs = hubs;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  public RefreshReport run(Source source) {
    boolean revalidate =
        store.sources().status(source.id()).lastFetch().isPresent()
            && urlStates
                .get(UrlState.keyOf(source.url()))
                .map(s -> !s.validators().isEmpty())
                .orElse(false);
    Listing listing = listings.list(source, revalidate);
    List<FeedItem> unseen = listing.ok() ? unseen(listing) : List.of();
    List<FeedItem> fresh = unseen.subList(0, Math.min(unseen.size(), maxArticlesPerPoll));
    Counts counts = ingestAll(source, fresh, listing.evidence());
    if (listing.ok() && (unseen.size() > fresh.size() || counts.failed + counts.deferred > 0)) {
      forgetValidators(source.url()); // the next poll reads the listing again in full
    }
    if (listing.evidence() == ArticleIngest.Evidence.UNKNOWN) {
      sectionPages.learn(source.id(), counts.templates);
    }
    if (listing.ok()) {
      hubs.polled(source, listing.webSub());
    }
    PollPlan plan = plan(source, listing);
    store.sources().recordPoll(source.id(), clock.instant(), plan.next(), listing.error());
    if (plan.pause()) {
      store.sources().setPaused(source.id(), true);
    }
    return report(source, listing, fresh, counts, plan.next(), plan.pause());
  }

  /**
   * Ingests entries a WebSub hub pushed for {@code source} (content distribution, W3C WebSub
   * section 7): the new ones only, without touching the source's polling plan.
   */
  public RefreshReport pushed(Source source, List<FeedItem> items) {
    Listing listing = Listing.of(items, Optional.empty(), Optional.empty());
    List<FeedItem> unseen = unseen(listing);
    List<FeedItem> fresh = unseen.subList(0, Math.min(unseen.size(), maxArticlesPerPoll));
    Counts counts = ingestAll(source, fresh, ArticleIngest.Evidence.LISTED);
    Instant next = store.sources().status(source.id()).nextFetch().orElse(clock.instant());
    return report(source, listing, fresh, counts, next, source.paused());
  }

  private static RefreshReport report(
      Source source,
      Listing listing,
      List<FeedItem> fresh,
      Counts counts,
      Instant next,
      boolean paused) {
    return new RefreshReport(
        source.id(),
        source.name(),
        listing.items().size(),
        counts.created,
        listing.items().size() - fresh.size() + counts.known,
        counts.skipped,
        counts.failed,
        listing.error(),
        next,
        paused);
  }

  /**
   * Items whose link no stored article is known under (and, for section pages, that were not
   * fetched lately without being an article), one per link, newest first (the caller caps them).
   */
  private List<FeedItem> unseen(Listing listing) {
    boolean guessed = listing.evidence() == ArticleIngest.Evidence.UNKNOWN;
    Instant recheck = clock.instant().minus(RECHECK_AFTER);
    Map<URI, FeedItem> byLink = new LinkedHashMap<>();
    for (FeedItem item : listing.items()) {
      if (!byLink.containsKey(item.link())
          && !known(item.link())
          && !(guessed && triedSince(item.link(), recheck))) {
        byLink.put(item.link(), item);
      }
    }
    return byLink.values().stream()
        .sorted(
            Comparator.comparing(
                    (FeedItem i) -> i.published().map(t -> t.toInstant()).orElse(Instant.EPOCH))
                .reversed())
        .toList();
  }

  /**
   * Drops the stored validators of a listing whose articles were not all handled, so that a feed
   * that stays unchanged (304) cannot hide them: the next poll asks for it in full.
   */
  private void forgetValidators(URI url) {
    String key = UrlState.keyOf(url);
    urlStates
        .get(key)
        .filter(s -> !s.validators().isEmpty())
        .ifPresent(
            s ->
                urlStates.put(
                    new UrlState(
                        s.key(),
                        Validators.NONE,
                        s.notBefore(),
                        s.hold(),
                        s.consecutiveFailures(),
                        s.lastAttempt(),
                        s.lastStatus())));
  }

  private boolean known(URI link) {
    return store.articles().knows(link) || store.articles().knows(canonical(link));
  }

  private boolean triedSince(URI link, Instant since) {
    return store
        .urlStates()
        .find(UrlState.keyOf(link))
        .flatMap(s -> s.lastFetch())
        .filter(t -> t.isAfter(since))
        .isPresent();
  }

  private static URI canonical(URI link) {
    try {
      return CanonicalUrl.of(link).value();
    } catch (IllegalArgumentException e) {
      return link;
    }
  }

  private Counts ingestAll(Source source, List<FeedItem> items, ArticleIngest.Evidence evidence) {
    Counts counts = new Counts();
    for (FeedItem item : items) {
      ReentrantLock lock = stripes[Math.floorMod(UrlState.keyOf(item.link()).hashCode(), STRIPES)];
      lock.lock();
      try {
        fetchAndIngest(source, item, evidence, counts);
      } finally {
        lock.unlock();
      }
    }
    return counts;
  }

  /**
   * One link, while no other source of this refresh works on it: a link another source stored or
   * got a Retry-After for in the meantime is not asked again.
   */
  private void fetchAndIngest(
      Source source, FeedItem item, ArticleIngest.Evidence evidence, Counts counts) {
    if (known(item.link())) {
      counts.known++;
      return;
    }
    switch (fetcher.fetch(FetchRequest.page(item.link()))) {
      case FetchResult.Fetched f -> counts.add(item.link(), ingestOne(source, f, item, evidence));
      case FetchResult.NotModified n -> counts.known++;
      case FetchResult.Blocked b -> {
        counts.skipped++;
        if (b.reason() != BlockReason.ROBOTS && b.reason() != BlockReason.SSRF) {
          counts.deferred++; // Retry-After, backoff, robots.txt unreachable: try again later
        }
      }
      case FetchResult.Failed f -> counts.failed++;
    }
  }

  private Optional<IngestOutcome> ingestOne(
      Source source, FetchResult.Fetched fetched, FeedItem item, ArticleIngest.Evidence evidence) {
    try {
      return Optional.of(ingest.ingest(fetched.page(), source.id(), item.link(), evidence));
    } catch (RuntimeException e) {
      LOG.warn("ingesting {} of source {} failed: {}", item.link(), source.id(), e.toString(), e);
      return Optional.empty();
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
    if (times.size() < 2) {
      times = storedTimes(source);
    }
    return policy.plan(
        PollInput.success(now, times).withHints(hint(source, listing), listing.maxAge()));
  }

  /**
   * The publisher's own interval hint: the one this listing carries, remembered for the polls
   * answered 304 Not Modified (which carry none).
   */
  private Optional<Duration> hint(Source source, Listing listing) {
    Optional<Duration> hint = listing.ttl().isPresent() ? listing.ttl() : listing.maxAge();
    if (listing.items().isEmpty() && hint.isEmpty()) {
      return store.pollHints().hint(source.id());
    }
    store.pollHints().setHint(source.id(), longer(listing.ttl(), listing.maxAge()));
    return listing.ttl();
  }

  private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }
    return a.isPresent() ? a : b;
  }

  /** Publication (else first-seen) times of the source's newest stored articles. */
  private List<Instant> storedTimes(Source source) {
    return store
        .articles()
        .list(ArticleQuery.latest(RATE_SAMPLE).from(source.id()))
        .items()
        .stream()
        .map(a -> a.article().published().map(t -> t.toInstant()).orElse(a.article().seen()))
        .toList();
  }

  /** Outcomes of one poll, with hits and misses per URL template for section pages. */
  private static final class Counts {
    final Map<String, int[]> templates = new LinkedHashMap<>();
    int created;
    int known;
    int skipped;
    int failed;
    int deferred;

    void add(URI link, Optional<IngestOutcome> outcome) {
      if (outcome.isEmpty()) {
        failed++;
        return;
      }
      int[] hitsMisses = templates.computeIfAbsent(UrlShape.of(link).template(), t -> new int[2]);
      switch (outcome.get().kind()) {
        case NEW -> {
          created++;
          hitsMisses[0]++;
        }
        case KNOWN -> {
          known++;
          hitsMisses[0]++;
        }
        case SKIPPED -> {
          skipped++;
          hitsMisses[1]++;
        }
      }
    }
  }
}
