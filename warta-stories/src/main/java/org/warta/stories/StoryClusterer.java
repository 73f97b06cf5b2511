package org.warta.stories;

import java.util.Map;
import java.util.Optional;
import org.warta.core.StoryId;
import org.warta.stories.cluster.Engine;
import org.warta.stories.cluster.Member;
import org.warta.stories.text.FeatureExtractor;
import org.warta.stories.text.Lexicon;
import org.warta.stories.vector.SparseVector;
import org.warta.stories.vector.TermKey;
import org.warta.stories.vector.TermStatistics;
import org.warta.stories.vector.Weighting;

/**
 * Groups articles into stories (one real-world event each) as they arrive: the online clusterer of
 * issue 5 ("Stories"). Feed it every article once, in publication order, after collapsing each
 * duplicate group to its representative; apply each {@link Assignment}'s story and {@link
 * StoryChange changes} to the store.
 *
 * <pre>{@code
 * StoryClusterer stories = StoryClusterer.create(StorySettings.defaults(), nextFreeStoryId);
 * Assignment a = stories.assign(StoryCandidate.from(storedArticle));
 * store.setStory(a.article(), a.story());
 * for (StoryChange c : a.changes()) store.apply(c); // merged id -> survivor, split moves
 * }</pre>
 *
 * <p>How: the article is described by TF-IDF weights of its words, named entities, numbers and
 * bilingual lexicon concepts (title counted twice, "read also" inserts removed); it joins the most
 * similar live story when the language-aware cosine similarity times the time decay reaches the
 * join threshold, else it starts a story. A story whose articles turn out to form two groups is
 * split (its larger part keeps the id); two stories an article links and that do not form separate
 * groups are merged (the larger keeps its id). State is bounded: stories without an article for
 * {@link StorySettings#window()} are evicted, as are the least recently updated ones beyond {@link
 * StorySettings#maxStories()}; a restarted clusterer rebuilds the same state by replaying the
 * stored articles of the window in order (with {@link StoryCandidate#previousStory()} set).
 *
 * <p>Not thread-safe: use one instance from one thread (the ingest pipeline's story stage).
 */
public final class StoryClusterer {
  private final StorySettings settings;
  private final FeatureExtractor extractor;
  private final TermStatistics statistics;
  private final Engine engine;

  private StoryClusterer(StorySettings settings, long firstId) {
    this.settings = settings;
    this.extractor = new FeatureExtractor(Lexicon.standard(), settings.titleWeight());
    this.statistics =
        new TermStatistics(
            settings.statisticsBits(), settings.statisticsHalving(), settings.statisticsPrior());
    this.engine = new Engine(settings, firstId);
  }

  /**
   * An empty clusterer. New stories get ids from {@code firstId} up (pass one above the highest
   * story id the store has issued).
   */
  public static StoryClusterer create(StorySettings settings, long firstId) {
    if (firstId < 1) {
      throw new IllegalArgumentException("firstId must be positive, got " + firstId);
    }
    return new StoryClusterer(settings, firstId);
  }

  /** Assigns the article to a story, creating, splitting or merging stories as needed. */
  public Assignment assign(StoryCandidate c) {
    Map<String, Float> terms = extractor.extract(c.title(), c.text(), c.language());
    SparseVector v = Weighting.weigh(terms, c.language(), statistics, settings.maxTerms());
    Member m =
        new Member(
            c.article(),
            c.source(),
            c.language(),
            TermKey.partition(c.language()),
            c.published().getEpochSecond(),
            v);
    return engine.assign(m, c.previousStory());
  }

  /** The id a story is known by now: its survivor if it was merged (while known), else itself. */
  public StoryId resolve(StoryId id) {
    return engine.resolve(id);
  }

  /** What is known of a live story (following merges); empty once evicted or never seen. */
  public Optional<StorySnapshot> snapshot(StoryId id) {
    return engine.snapshot(id);
  }

  /** Stories currently held (inside the window). */
  public int liveStories() {
    return engine.liveStories();
  }

  /**
   * Approximate heap bytes of the state (stories, index, term statistics), for monitoring and the
   * memory-per-article figure.
   */
  public long approximateBytes() {
    return engine.bytes() + statistics.bytes();
  }

  /** Evicts stories outside the window now (normally done every few thousand articles). */
  public void evictNow() {
    engine.evictNow();
  }

  /** The settings in use. */
  public StorySettings settings() {
    return settings;
  }
}
