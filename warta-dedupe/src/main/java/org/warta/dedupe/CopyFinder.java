package org.warta.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.dedupe.index.Hits;
import org.warta.dedupe.index.Indexed;
import org.warta.dedupe.index.Window;
import org.warta.dedupe.sketch.CopySketch;
import org.warta.dedupe.sketch.Sampling;

/**
 * Finds the window articles a new text copies or is copied from: candidates by shared index keys,
 * then verification against each candidate's sketch by run cover. A pair is a near-duplicate when
 * at least {@code threshold} of the shorter text lies in copied passages, and either that is at
 * least {@code minSharedShingles} shingles or nearly all of the shorter text ({@code wholeCopy}).
 */
final class CopyFinder {
  private final DedupeSettings settings;
  private final Hits hits = new Hits();

  CopyFinder(DedupeSettings settings) {
    this.settings = settings;
  }

  /** Verified matches, best first (ties: older first). */
  List<Match> find(Fingerprint fp, Window window) {
    hits.clear();
    window.lookup(fp.lookupKeys(), settings.maxPostingsPerKey(), hits);
    List<Match> matches = new ArrayList<>();
    Map<Integer, long[]> samples = new HashMap<>();
    samples.put(fp.sampleThreshold(), fp.sampled());
    for (long seq : hits.top(settings.maxCandidates())) {
      Indexed other = window.get(seq);
      long[] query =
          samples.computeIfAbsent(
              other.sampleThreshold(), t -> Sampling.subsequence(fp.shingles().sequence(), t));
      Match m = verify(fp, query, seq, other);
      if (m != null) {
        matches.add(m);
      }
    }
    matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::seq));
    return matches;
  }

  /** The match with one candidate, or null when it is no copy. */
  private Match verify(Fingerprint fp, long[] query, long seq, Indexed other) {
    int mine = query.length;
    int theirs = other.sampled();
    if (mine == 0 || theirs == 0) {
      return null;
    }
    if (other.exact() == fp.exact()
        && other.sampleThreshold() == fp.sampleThreshold()
        && theirs == mine) {
      return new Match(seq, 1.0, true);
    }
    int words = other.sketchWords();
    int k = CopySketch.hashes(theirs, words);
    int cover =
        CopySketch.runCover(query, other.pool(), other.sketchAt(), words, k, other.minRun());
    int shorter = Math.min(mine, theirs);
    double score = Math.min(1.0, cover / (double) shorter);
    double shared = cover * (double) Sampling.SCALE / other.sampleThreshold();
    boolean enough = shared >= settings.minSharedShingles() || score >= settings.wholeCopy();
    return score >= settings.threshold() && enough ? new Match(seq, score, false) : null;
  }
}
