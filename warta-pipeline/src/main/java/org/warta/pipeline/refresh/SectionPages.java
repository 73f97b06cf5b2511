package org.warta.pipeline.refresh;

import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.warta.core.FeedItem;
import org.warta.core.RawPage;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.feed.discovery.ArticleLink;
import org.warta.feed.discovery.ArticleLinkHarvest;
import org.warta.feed.discovery.ArticleLinks;
import org.warta.fetch.FetchRequest;
import org.warta.fetch.FetchResult;
import org.warta.fetch.Fetcher;
import org.warta.fetch.polling.CacheHints;
import org.warta.store.Store;
import org.warta.store.UrlPatternStat;

/**
 * Polling of section (and home) pages of sites without feeds: the page is fetched like any page
 * (robots.txt applies), warta-feed's {@link ArticleLinks} picks the links whose URL shape looks
 * like an article, and what earlier polls learned per URL template filters them: a template whose
 * fetched links never turned out to be articles ({@value #REJECT_AFTER} misses, no hit) is not
 * fetched any more. The counts per template are kept in the store ({@code source_url_pattern}).
 */
public final class SectionPages {
  /** Article links taken from one page per poll (the best-scoring ones). */
  public static final int HARVEST_CAP = 200;

  /** Fetched links of a template that were no article, before the template is given up. */
  static final int REJECT_AFTER = 3;

  private final Fetcher fetcher;
  private final Store store;
  private final InstantSource clock;

  SectionPages(Fetcher fetcher, Store store, InstantSource clock) {
    this.fetcher = fetcher;
    this.store = store;
    this.clock = clock;
  }

  Listing list(Source source) {
    return switch (fetcher.fetch(FetchRequest.page(source.url()))) {
      case FetchResult.Fetched f -> read(source, f.page());
      case FetchResult.NotModified n -> Listing.unchanged();
      case FetchResult.Blocked b -> Listing.failed(b.problem().message(), b.until());
      case FetchResult.Failed f -> Listing.failed(f.problem().message(), f.retryAt());
    };
  }

  private Listing read(Source source, RawPage page) {
    ArticleLinkHarvest harvest = ArticleLinks.discover(page.body(), page.url(), HARVEST_CAP);
    if (harvest.articles().isEmpty()) {
      return Listing.failed(
          "found no article links on "
              + page.url()
              + " ("
              + harvest.linksSeen()
              + " links on the page); the page may have changed: check it in a browser",
          Optional.empty());
    }
    Map<String, UrlPatternStat> learned =
        store.urlPatterns().patterns(source.id()).stream()
            .collect(Collectors.toMap(UrlPatternStat::template, Function.identity()));
    Map<String, Long> listed =
        harvest.articles().stream()
            .collect(
                Collectors.groupingBy(ArticleLink::template, TreeMap::new, Collectors.counting()));
    listed.forEach(
        (template, n) ->
            store.urlPatterns().record(source.id(), template, n, 0, 0, clock.instant()));
    List<FeedItem> items =
        harvest.articles().stream()
            .filter(link -> worthFetching(learned.get(link.template())))
            .map(link -> FeedItem.of(link.url(), link.text()))
            .toList();
    return Listing.guessed(items, CacheHints.maxAge(page.headers()));
  }

  /** Whether links of a template are still worth fetching after what was learned about it. */
  public static boolean worthFetching(@Nullable UrlPatternStat learned) {
    return learned == null || learned.articles() > 0 || learned.misses() < REJECT_AFTER;
  }

  /** Adds what fetching the links of one poll showed: per template, articles and misses. */
  void learn(SourceId source, Map<String, int[]> outcomes) {
    outcomes.forEach(
        (template, hitsMisses) ->
            store
                .urlPatterns()
                .record(source, template, 0, hitsMisses[0], hitsMisses[1], clock.instant()));
  }
}
