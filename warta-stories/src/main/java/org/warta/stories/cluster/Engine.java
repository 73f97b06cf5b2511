package org.warta.stories.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.core.ArticleId;
import org.warta.core.StoryId;
import org.warta.stories.Assignment;
import org.warta.stories.StoryChange;
import org.warta.stories.StorySettings;
import org.warta.stories.StorySnapshot;

/**
 * The online story clustering algorithm over article vectors (see the module README for the
 * reasoning). Per article: score the candidate stories by language-aware cosine similarity times
 * time decay; join the best one at or above the join threshold, else start a story; then test the
 * joined story for a split ({@link Splitter}) and test it against the other stories the article
 * also matched for a merge. Stories without a new article for the window are evicted. Not
 * thread-safe.
 */
public final class Engine {
  /** Stories up to this size are tested for a split at every new article. */
  static final int TEST_EVERY_ARTICLE = 8;

  /** Stories of this many articles or fewer can be absorbed by a growing story. */
  static final int SMALL = 2;

  private final StorySettings settings;
  private final StoryIndex index;
  private final Map<Long, Long> aliases = new HashMap<>();
  private final double decaySeconds;
  private final long windowSeconds;
  private long nextId;
  private long now = Long.MIN_VALUE;
  private int sinceSweep;

  /** An empty engine whose first new story gets {@code firstId}. */
  public Engine(StorySettings settings, long firstId) {
    this.settings = settings;
    this.index = new StoryIndex(settings.indexTerms(), settings.maxPostings());
    this.decaySeconds = settings.decay().toSeconds();
    this.windowSeconds = settings.window().toSeconds();
    this.nextId = firstId;
  }

  /** Assigns one article (see {@link org.warta.stories.StoryClusterer#assign}). */
  public Assignment assign(Member m, Optional<StoryId> previous) {
    now = Math.max(now, m.time());
    if (++sinceSweep >= settings.sweepInterval()) {
      sweep();
    }
    List<Scored> scored = scored(m);
    List<StoryChange> changes = new ArrayList<>();
    Optional<Scored> best = scored.stream().filter(Scored::joinable).findFirst();
    boolean created = best.isEmpty();
    StoryState story = created ? create(previous, m.article()) : best.get().story();
    story.add(m, settings.centroidCap(), settings.memberCap());
    index.refresh(story);
    if (!created) {
      story = split(story, m, changes);
      story = merge(story, scored, changes);
    }
    story = absorbSmall(story, scored, changes);
    return new Assignment(m.article(), new StoryId(story.id), created, changes);
  }

  /** Candidate stories with their decayed similarity to the article, best first. */
  private List<Scored> scored(Member m) {
    List<Scored> out = new ArrayList<>();
    double[] result = new double[2];
    ArticleTerms article = new ArticleTerms(m.vector(), m.partition());
    for (StoryState s :
        index.candidates(m.vector(), settings.queryTerms(), settings.maxCandidates())) {
      article.score(s.centroid, s.languageMask, result);
      double sim = result[0] * decay(m.time(), s.lastSeen);
      boolean joinable = sim >= settings.joinThreshold() && result[1] >= settings.entityAgreement();
      out.add(new Scored(s, sim, joinable));
    }
    return bestFirst(out);
  }

  /**
   * Sorts by similarity, highest first, equal ones in their given order (what a stable sort with a
   * reversed comparator gives): insertion into place, as there are at most a few dozen.
   */
  static List<Scored> bestFirst(List<Scored> scored) {
    for (int i = 1; i < scored.size(); i++) {
      Scored s = scored.get(i);
      int j = i - 1;
      while (j >= 0 && Double.compare(scored.get(j).similarity(), s.similarity()) < 0) {
        scored.set(j + 1, scored.get(j));
        j--;
      }
      scored.set(j + 1, s);
    }
    return scored;
  }

  private double similarity(Member m, StoryState s) {
    return Similarity.toCentroid(m.vector(), m.partition(), s.centroid, s.languageMask)
        * decay(m.time(), s.lastSeen);
  }

  private boolean agrees(Member m, StoryState s) {
    return Agreement.share(m.vector(), s.centroid) >= settings.entityAgreement();
  }

  private double decay(long time, long storyTime) {
    double gap = Math.abs((double) time - storyTime) / decaySeconds;
    return Math.exp(-gap * gap);
  }

  private StoryState create(Optional<StoryId> previous, ArticleId lead) {
    long id;
    if (previous.isPresent() && isFree(previous.get().value())) {
      id = previous.get().value();
      nextId = Math.max(nextId, id + 1);
    } else {
      id = nextId++;
    }
    return index.create(id, lead);
  }

  private boolean isFree(long id) {
    return index.byId(id) == null && !aliases.containsKey(id);
  }

  /** Splits the story if it holds two events; returns the story that now holds {@code m}. */
  private StoryState split(StoryState s, Member m, List<StoryChange> changes) {
    if (s.articles > s.members.size() || !splitTestDue(s.articles)) {
      return s; // a mature story (not all members remembered), or not yet time to test again
    }
    Optional<List<List<Member>>> cut =
        Splitter.split(s.members, settings.minSplitPart(), settings.splitSilhouette());
    if (cut.isEmpty()) {
      return s;
    }
    List<Member> stay = cut.get().get(0);
    List<Member> move = cut.get().get(1);
    StoryState part = index.create(nextId++, move.getFirst().article());
    s.rebuild(stay, settings.centroidCap());
    part.rebuild(move, settings.centroidCap());
    index.refresh(s);
    index.refresh(part);
    changes.add(
        new StoryChange.Split(
            new StoryId(s.id), new StoryId(part.id), move.stream().map(Member::article).toList()));
    return move.contains(m) ? part : s;
  }

  /**
   * Split tests run at every new article up to {@link #TEST_EVERY_ARTICLE} articles, then at every
   * second up to twice that, then every fourth: a second event shows just as well a little later,
   * and the tests of large stories cost the most.
   */
  static boolean splitTestDue(int articles) {
    if (articles <= TEST_EVERY_ARTICLE) {
      return true;
    }
    return articles <= 2 * TEST_EVERY_ARTICLE ? articles % 2 == 0 : articles % 4 == 0;
  }

  /** Merges stories the article also matched when they do not form separate groups. */
  private StoryState merge(StoryState s, List<Scored> matches, List<StoryChange> changes) {
    StoryState current = s;
    for (Scored other : matches) {
      if (!other.joinable()) {
        continue;
      }
      StoryState o = other.story();
      if (o == current || !index.isLive(o) || o.articles > o.members.size()) {
        continue;
      }
      if (current.articles > current.members.size() || !mergeable(current, o)) {
        continue;
      }
      boolean keep =
          current.articles > o.articles || (current.articles == o.articles && current.id < o.id);
      StoryState survivor = keep ? current : o;
      StoryState absorbed = keep ? o : current;
      absorb(survivor, absorbed);
      changes.add(new StoryChange.Merged(new StoryId(absorbed.id), new StoryId(survivor.id)));
      current = survivor;
    }
    return current;
  }

  /**
   * Stories of at most {@link #SMALL} articles near the article whose every article would now join
   * {@code s} by the join rule are merged into it: an article that came before its story had formed
   * (and so started a story of its own) is given the decision it would get today.
   */
  private StoryState absorbSmall(StoryState s, List<Scored> scored, List<StoryChange> changes) {
    for (Scored other : scored) {
      StoryState o = other.story();
      if (o == s || !index.isLive(o) || o.articles > SMALL || o.articles > o.members.size()) {
        continue;
      }
      // every member must join s by the join rule (cheap, usually fails) and be closer to s
      // than to its own story (needs the members' term space, built only when the rule holds)
      double[] there = new double[o.members.size()];
      boolean all = true;
      for (int i = 0; i < there.length && all; i++) {
        Member member = o.members.get(i);
        there[i] = similarity(member, s);
        all = there[i] >= settings.joinThreshold() && agrees(member, s);
      }
      if (all && there.length > 1) {
        Part whole = Part.all(new Space(o.members));
        for (int i = 0; i < there.length && all; i++) {
          all = there[i] > whole.similarity(i, true);
        }
      } else if (all) {
        all = there[0] > 0;
      }
      if (all) {
        absorb(s, o);
        changes.add(new StoryChange.Merged(new StoryId(o.id), new StoryId(s.id)));
      }
    }
    return s;
  }

  private boolean mergeable(StoryState a, StoryState b) {
    if (Similarity.betweenCentroids(a.centroid, a.languageMask, b.centroid, b.languageMask)
        < settings.mergeSimilarity()) {
      return false; // the capped centroids already tell; skip the exact test
    }
    List<Member> both = new ArrayList<>(a.members);
    both.addAll(b.members);
    Space space = new Space(both);
    int[] left = new int[a.members.size()];
    int[] right = new int[b.members.size()];
    for (int i = 0; i < both.size(); i++) {
      if (i < left.length) {
        left[i] = i;
      } else {
        right[i - left.length] = i;
      }
    }
    Part pa = new Part(space, left);
    Part pb = new Part(space, right);
    return Part.cosine(pa, pb) >= settings.mergeSimilarity()
        && Part.silhouette(pa, pb) < settings.mergeSilhouette();
  }

  private void absorb(StoryState survivor, StoryState absorbed) {
    List<Member> all = new ArrayList<>(survivor.members);
    all.addAll(absorbed.members);
    long[] oldAliases = absorbed.aliases;
    index.remove(absorbed);
    survivor.rebuild(all, settings.centroidCap());
    index.refresh(survivor);
    long[] merged = new long[survivor.aliases.length + oldAliases.length + 1];
    System.arraycopy(survivor.aliases, 0, merged, 0, survivor.aliases.length);
    System.arraycopy(oldAliases, 0, merged, survivor.aliases.length, oldAliases.length);
    merged[merged.length - 1] = absorbed.id;
    survivor.aliases = merged;
    for (long alias : merged) {
      aliases.put(alias, survivor.id);
    }
  }

  /** Evicts stories without an article for the window, then the oldest beyond the cap. */
  private void sweep() {
    sinceSweep = 0;
    List<StoryState> live = index.live();
    List<StoryState> kept = new ArrayList<>(live.size());
    for (StoryState s : live) {
      if (now - s.lastSeen > windowSeconds) {
        evict(s);
      } else {
        kept.add(s);
      }
    }
    if (kept.size() > settings.maxStories()) {
      kept.sort(Comparator.comparingLong((StoryState s) -> s.lastSeen));
      for (StoryState s : kept.subList(0, kept.size() - settings.maxStories())) {
        evict(s);
      }
    }
  }

  private void evict(StoryState s) {
    for (long alias : s.aliases) {
      aliases.remove(alias);
    }
    index.remove(s);
  }

  /** The id a story is known by now: its survivor if it was merged, else itself. */
  public StoryId resolve(StoryId id) {
    Long survivor = aliases.get(id.value());
    return survivor == null ? id : new StoryId(survivor);
  }

  /** What is known of a live story. */
  public Optional<StorySnapshot> snapshot(StoryId id) {
    StoryState s = index.byId(resolve(id).value());
    if (s == null) {
      return Optional.empty();
    }
    return Optional.of(
        new StorySnapshot(
            new StoryId(s.id),
            s.lead,
            Instant.ofEpochSecond(s.firstSeen),
            Instant.ofEpochSecond(s.lastSeen),
            s.articles,
            s.sourceCount,
            Set.of(s.languages)));
  }

  /** Live stories. */
  public int liveStories() {
    return index.size();
  }

  /** Approximate heap bytes of the stories, their index and the alias table. */
  public long bytes() {
    return index.bytes() + 64L * aliases.size();
  }

  /** Evicts what is outside the window now (also done every {@code sweepInterval} articles). */
  public void evictNow() {
    sweep();
  }

  record Scored(StoryState story, double similarity, boolean joinable) {}
}
