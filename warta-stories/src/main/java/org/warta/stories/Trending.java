package org.warta.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.ArticleId;
import org.warta.core.SourceId;
import org.warta.core.StoryId;
import org.warta.stories.trend.Coverage;

/**
 * Trending stories (issue 5, "Trending"): the stories whose coverage, counted in distinct sources,
 * grows fastest against their own baseline. For each story, {@code recent} = sources whose first
 * article on it falls in the last {@link TrendingSettings#recent()}, {@code expected} = the sources
 * first seen in the {@link TrendingSettings#baseline()} before that, scaled to the recent window's
 * length; the score is the Poisson z-score {@code (recent - expected) / sqrt(expected + prior)}. A
 * story that every outlet has carried all day scores low even with many sources; a story picked up
 * by six outlets in the last hour scores high.
 *
 * <p>Feed it every assignment ({@link #record}), including the copies of duplicate groups (each
 * copy is coverage by its own source). Stories without coverage for longer than both windows are
 * forgotten. Not thread-safe.
 */
public final class Trending {
  private final TrendingSettings settings;
  private final Map<StoryId, Coverage> stories = new HashMap<>();

  private Trending(TrendingSettings settings) {
    this.settings = settings;
  }

  /** An empty tracker. */
  public static Trending create(TrendingSettings settings) {
    return new Trending(settings);
  }

  /** Records an assigned article and applies the assignment's merges and splits. */
  public void record(Assignment a, SourceId source, Instant published) {
    for (StoryChange change : a.changes()) {
      apply(change);
    }
    record(a.story(), a.article(), source, published);
  }

  /** Records one article of a story (for example a copy that follows its representative). */
  public void record(StoryId story, ArticleId article, SourceId source, Instant published) {
    stories
        .computeIfAbsent(story, k -> new Coverage())
        .add(article, source, published.getEpochSecond());
  }

  /** Applies a merge (coverage joins the survivor) or a split (moved articles' coverage moves). */
  public void apply(StoryChange change) {
    switch (change) {
      case StoryChange.Merged m -> {
        Coverage absorbed = stories.remove(m.absorbed());
        if (absorbed != null) {
          stories.computeIfAbsent(m.survivor(), k -> new Coverage()).addAll(absorbed);
        }
      }
      case StoryChange.Split s -> {
        Coverage from = stories.get(s.from());
        if (from != null) {
          from.moveTo(
              stories.computeIfAbsent(s.to(), k -> new Coverage()), new HashSet<>(s.moved()));
        }
      }
    }
  }

  /** The trend of one story at {@code now}, if it is tracked. */
  public Optional<Trend> trend(StoryId story, Instant now) {
    Coverage c = stories.get(story);
    return c == null ? Optional.empty() : Optional.of(score(story, c, now.getEpochSecond()));
  }

  /**
   * The hottest stories at {@code now}, best first, at most {@code limit}; only stories with at
   * least {@link TrendingSettings#minRecentSources()} recent sources. Forgets stale stories.
   */
  public List<Trend> top(Instant now, int limit) {
    long t = now.getEpochSecond();
    long horizon = settings.recent().toSeconds() + settings.baseline().toSeconds();
    stories.values().removeIf(c -> t - c.latest() > horizon);
    List<Trend> out = new ArrayList<>();
    for (Map.Entry<StoryId, Coverage> e : stories.entrySet()) {
      Trend trend = score(e.getKey(), e.getValue(), t);
      if (trend.recentSources() >= settings.minRecentSources()) {
        out.add(trend);
      }
    }
    out.sort(
        Comparator.comparingDouble(Trend::score)
            .reversed()
            .thenComparing(tr -> tr.story().value()));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  /** Stories tracked. */
  public int size() {
    return stories.size();
  }

  private Trend score(StoryId story, Coverage c, long now) {
    long recent = settings.recent().toSeconds();
    long baseline = settings.baseline().toSeconds();
    int r = c.firstCoverageBetween(now - recent, now + 1);
    int b = c.firstCoverageBetween(now - recent - baseline, now - recent);
    double expected = b * (double) recent / baseline;
    double score = (r - expected) / Math.sqrt(expected + settings.prior());
    return new Trend(story, score, r, b, c.sources());
  }
}
