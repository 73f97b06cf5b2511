package org.warta.stories.cluster;

import java.util.HashMap;
import java.util.Map;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.stories.vector.SparseVector;
import org.warta.stories.vector.TermKey;

/** Builds members with hand-made vectors, so that similarities are known exactly in tests. */
final class Vectors {
  private Vectors() {}

  /** A unit vector with equal weight on each term ("e:x" entities, "w:x" words, "c:x" concepts). */
  static SparseVector of(Language language, String... terms) {
    Map<Integer, Float> w = new HashMap<>();
    for (String t : terms) {
      w.merge(TermKey.of(t, language), 1f, Float::sum);
    }
    int[] keys = new int[w.size()];
    float[] values = new float[w.size()];
    int i = 0;
    for (Map.Entry<Integer, Float> e : w.entrySet()) {
      keys[i] = e.getKey();
      values[i++] = e.getValue();
    }
    return SparseVector.of(keys, values).normalised();
  }

  static Member member(long article, long time, Language language, String... terms) {
    return new Member(
        new ArticleId(article),
        new SourceId(article),
        language,
        TermKey.partition(language),
        time,
        of(language, terms));
  }

  static Member english(long article, String... terms) {
    return member(article, 0, Language.ENGLISH, terms);
  }
}
