package org.warta.stories.cluster;

import org.warta.stories.vector.Centroid;
import org.warta.stories.vector.SparseVector;
import org.warta.stories.vector.TermKey;

/**
 * The "entities must agree" rule: an article may join a story only if the story holds a given share
 * of the article's named-entity and number weight (its places, people, magnitudes, tolls; squared
 * TF-IDF weights, so the article's most specific names count most). Two earthquakes of one week
 * share their vocabulary (magnitude, depth, tsunami, the agency) but not the regency or the
 * magnitude; vocabulary alone must not merge them. An article without any entity or number is not
 * constrained.
 */
final class Agreement {
  private Agreement() {}

  /** Share of the article's squared entity and number weight that the centroid also holds. */
  static double share(SparseVector v, Centroid c) {
    double all = 0;
    double held = 0;
    for (int i = 0; i < v.size(); i++) {
      if (TermKey.isEntityOrNumber(v.key(i))) {
        double w = (double) v.value(i) * v.value(i);
        all += w;
        if (c.weight(v.key(i)) > 0) {
          held += w;
        }
      }
    }
    return all == 0 ? 1 : held / all;
  }
}
