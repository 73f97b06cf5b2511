package org.warta.pipeline.grouping;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Predicate;
import org.warta.core.ArticleId;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;
import org.warta.dedupe.Candidate;
import org.warta.dedupe.DedupeSettings;
import org.warta.dedupe.DuplicateDetector;
import org.warta.dedupe.DuplicateGroup;
import org.warta.dedupe.Verdict;
import org.warta.pipeline.Progress;
import org.warta.store.Store;
import org.warta.stories.Assignment;
import org.warta.stories.StoryCandidate;
import org.warta.stories.StoryChange;
import org.warta.stories.StoryClusterer;
import org.warta.stories.StorySettings;
import org.warta.stories.Trending;
import org.warta.stories.TrendingSettings;

/**
 * The grouping stages after an article is stored: duplicate detection with original credit
 * (warta-dedupe), then story clustering (warta-stories) of one representative per duplicate group —
 * a copy joins the story of the article it copies — and trending. What the stages decide is written
 * to the store (groups, credits, stories, merges and splits, trend scores).
 *
 * <p>The stages keep their state in memory, bounded by their time windows; {@link #restore}
 * rebuilds it after a restart by replaying the stored articles of the window, in arrival order,
 * with the groups and stories the store already recorded (so ids stay stable). Calls are
 * serialised: the stages are fast (tens of microseconds) and not thread-safe.
 *
 * <p><b>Per-source opt-out</b>: articles of a source for which the opt-out predicate holds are not
 * grouped with copies (they are neither matched nor remembered by duplicate detection, so they keep
 * no duplicate group and no credit) but still join stories and count in trending. The predicate is
 * asked once per article, when it is added or replayed, so a change of the setting applies to the
 * articles added after it.
 */
public final class Grouping {
  private final Store store;
  private final DuplicateDetector duplicates;
  private final StoryClusterer stories;
  private final Trending trending;
  private final InstantSource clock;
  private final Predicate<SourceId> optedOut;

  private Grouping(Store store, InstantSource clock, Predicate<SourceId> optedOut) {
    this.store = store;
    this.clock = clock;
    this.optedOut = optedOut;
    this.duplicates = DuplicateDetector.create(DedupeSettings.defaults());
    this.stories = StoryClusterer.create(StorySettings.defaults(), store.stories().maxId() + 1);
    this.trending = Trending.create(TrendingSettings.defaults());
  }

  /**
   * The grouping stages over {@code store}, rebuilt from the articles first seen within the stages'
   * windows before the newest stored article.
   */
  public static Grouping restore(Store store, InstantSource clock, Progress progress) {
    return restore(store, clock, progress, source -> false);
  }

  /**
   * Like {@link #restore(Store, InstantSource, Progress)}, with the sources that opted out of
   * duplicate grouping: {@code optedOut} answers for a source id (e.g. from a flag on the stored
   * source); it is called from the ingest thread once per article.
   */
  public static Grouping restore(
      Store store, InstantSource clock, Progress progress, Predicate<SourceId> optedOut) {
    Grouping g = new Grouping(store, clock, optedOut);
    g.replay(progress);
    return g;
  }

  private void replay(Progress progress) {
    Duration window = DedupeSettings.defaults().window();
    if (StorySettings.defaults().window().compareTo(window) > 0) {
      window = StorySettings.defaults().window();
    }
    Optional<Instant> newest = store.articles().latestSeen();
    if (newest.isEmpty()) {
      return;
    }
    store
        .articles()
        .forEachSeenSince(
            newest.get().minus(window),
            a -> {
              replayOne(a);
              progress.advance(1, a.article().title());
            });
  }

  /** Replays a stored article: the stages learn it, nothing is written. */
  private void replayOne(StoredArticle a) {
    Candidate c = candidate(a);
    Verdict v = duplicates.add(a.duplicateGroup().map(c::withPriorGroup).orElse(c));
    if (v.isDuplicate()) {
      a.story().ifPresent(s -> trending.record(s, a.id(), a.article().source(), time(a)));
      return;
    }
    Assignment assignment = stories.assign(StoryCandidate.from(a));
    trending.record(assignment, a.article().source(), time(a));
  }

  /** Groups a newly stored article and records the outcome in the store. */
  public synchronized GroupingOutcome add(StoredArticle a) {
    Verdict v = duplicates.add(candidate(a));
    v.group().ifPresent(g -> recordGroup(a.id(), g, v));
    StoryId story = v.isDuplicate() ? storyOfCopy(a, v) : cluster(a);
    store.stories().refresh(story);
    trending
        .trend(story, clock.instant())
        .ifPresent(t -> store.stories().setTrend(t.story(), t.score()));
    return new GroupingOutcome(v.group().map(DuplicateGroup::id), v.isDuplicate(), story);
  }

  private Candidate candidate(StoredArticle a) {
    Candidate c = Candidate.from(a.id(), a.article());
    return optedOut.test(a.article().source()) ? c.withOptOut(true) : c;
  }

  private void recordGroup(ArticleId article, DuplicateGroup g, Verdict v) {
    for (long absorbed : v.absorbedGroups()) {
      store.articles().moveDuplicateGroup(absorbed, g.id());
    }
    if (g.members().size() == 2) {
      g.members().forEach(m -> store.articles().setDuplicateGroup(m, g.id()));
    } else {
      store.articles().setDuplicateGroup(article, g.id());
    }
    store.articles().setDuplicateCredit(g.id(), Credits.of(g));
  }

  /** A copy follows the story of the article it copies, when that one has a story. */
  private StoryId storyOfCopy(StoredArticle copy, Verdict v) {
    Optional<StoryId> matchedStory =
        v.matched().flatMap(m -> store.articles().find(m)).flatMap(StoredArticle::story);
    if (matchedStory.isEmpty()) {
      return cluster(copy);
    }
    StoryId story =
        store.stories().find(matchedStory.get()).map(s -> s.id()).orElse(matchedStory.get());
    store.articles().setStory(copy.id(), story);
    trending.record(story, copy.id(), copy.article().source(), time(copy));
    return story;
  }

  private StoryId cluster(StoredArticle a) {
    Assignment assignment = stories.assign(StoryCandidate.from(a));
    for (StoryChange change : assignment.changes()) {
      apply(change, a);
    }
    StoryId story = assignment.story();
    store.stories().ensure(story, a.article().title(), a.id(), time(a));
    store.articles().setStory(a.id(), story);
    trending.record(assignment, a.article().source(), time(a));
    return story;
  }

  private void apply(StoryChange change, StoredArticle trigger) {
    switch (change) {
      case StoryChange.Merged m -> store.stories().merge(m.absorbed(), m.survivor());
      case StoryChange.Split s -> {
        ArticleId first = s.moved().getFirst();
        String title =
            store
                .articles()
                .find(first)
                .map(x -> x.article().title())
                .orElse(trigger.article().title());
        store.stories().ensure(s.to(), title, first, time(trigger));
        s.moved().forEach(id -> store.articles().setStory(id, s.to()));
        store.stories().refresh(s.from());
        store.stories().refresh(s.to());
      }
    }
  }

  private static Instant time(StoredArticle a) {
    return a.article().sortTime();
  }
}
