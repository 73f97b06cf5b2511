package org.warta.web.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.core.Language;
import org.warta.core.Story;
import org.warta.core.StoryId;
import org.warta.store.ArticleQuery;
import org.warta.store.ArticleSummary;
import org.warta.store.SectionCount;
import org.warta.store.Store;

/**
 * Builds the home page. Stories active in the week before the news clock (the newest article's
 * time, so an archive reads as it did then) are ranked by {@link StoryRanking}; each shows its lead
 * article. When there are no stories yet, the page is the latest articles alone.
 */
public final class HomeReads {
  static final Duration WINDOW = Duration.ofDays(7);
  static final int CANDIDATES = 300;
  static final int SECTIONS = 8;

  /** The most stories the API's ranking lists. */
  public static final int MAX_RANKED = 50;

  private final Store store;
  private final Cards cards;
  private final Cached<HomeView> cached;
  private final Cached<List<StoryCard>> ranked;
  private final java.util.function.Supplier<List<SectionCount>> sections;

  /**
   * @param ttl how long a computed home page is served (then recomputed in the background)
   * @param sections the sections with most articles (counted elsewhere, they change slowly)
   */
  public HomeReads(
      Store store,
      Cards cards,
      Duration ttl,
      java.util.function.Supplier<List<SectionCount>> sections) {
    this.store = store;
    this.cards = cards;
    this.sections = sections;
    this.cached = new Cached<>(ttl, this::compute);
    this.ranked = new Cached<>(ttl, () -> top(home().clock(), MAX_RANKED));
  }

  /** The home page, reused for the configured time. */
  public HomeView home() {
    return cached.get();
  }

  private HomeView compute() {
    List<ArticleSummary> latest = store.articles().summaries(ArticleQuery.latest(20)).items();
    if (latest.isEmpty()) {
      return new HomeView(List.of(), List.of(), List.of(), Instant.now());
    }
    Instant clock = latest.getFirst().sortTime();
    List<SectionCount> busiest = sections.get();
    return new HomeView(
        top(clock, 12),
        cards.cards(latest),
        busiest.subList(0, Math.min(SECTIONS, busiest.size())),
        clock);
  }

  /**
   * The {@code limit} (at most {@value #MAX_RANKED}) best stories now, reused like the home page:
   * the ranking reads hundreds of candidate stories, too much for every API call.
   */
  public List<StoryCard> ranked(int limit) {
    List<StoryCard> all = ranked.get();
    return all.subList(0, Math.min(limit, all.size()));
  }

  /** The {@code limit} best stories at {@code clock}. */
  public List<StoryCard> top(Instant clock, int limit) {
    List<Story> active = store.stories().active(clock.minus(WINDOW), CANDIDATES);
    if (active.isEmpty()) {
      return List.of();
    }
    Map<StoryId, Integer> recent =
        store
            .stories()
            .articlesSince(
                active.stream().map(Story::id).toList(), clock.minus(StoryRanking.RECENT));
    List<Story> ranked = new ArrayList<>(active);
    Map<StoryId, Double> scores = new HashMap<>();
    for (Story s : ranked) {
      scores.put(s.id(), StoryRanking.score(s, clock, recent.getOrDefault(s.id(), 0)));
    }
    ranked.sort(
        Comparator.comparing((Story s) -> -scores.get(s.id()))
            .thenComparing(Story::lastSeen, Comparator.reverseOrder()));
    List<Story> best = ranked.subList(0, Math.min(limit, ranked.size()));
    Map<Long, ArticleCard> leads = new HashMap<>();
    cards
        .cards(store.articles().summaries(best.stream().map(Story::lead).toList()))
        .forEach(c -> leads.put(c.id(), c));
    List<StoryCard> out = new ArrayList<>();
    for (Story s : best) {
      ArticleCard lead = leads.get(s.lead().value());
      if (lead != null) {
        List<String> langs = s.languages().stream().map(Language::code).sorted().toList();
        out.add(new StoryCard(s, lead, langs, recent.getOrDefault(s.id(), 0)));
      }
    }
    return out;
  }
}
