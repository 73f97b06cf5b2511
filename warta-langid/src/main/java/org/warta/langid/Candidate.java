package org.warta.langid;

import org.warta.core.Language;

/**
 * A language a text may be in and its share of the detector's belief, between 0 and 1 (the shares
 * of all candidates of one detection add up to 1).
 */
public record Candidate(Language language, double confidence) {
  public Candidate {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }
}
