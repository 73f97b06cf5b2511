package org.warta.langid;

import java.util.List;
import org.warta.core.Language;

/**
 * What {@link LanguageDetector#detectWithScores} found: the language (or {@link
 * Language#UNDETERMINED}), the detector's confidence in it, the candidates it weighed, best first,
 * and the basis of the decision, for diagnostics and the UI.
 *
 * @param language the detected language, {@code und} when too short or unclear
 * @param confidence the winner's share of belief in [0, 1]; 0 when nothing could be read
 * @param candidates every language considered, best first (empty when the text had no letters)
 * @param basis how the decision was made
 * @param letters letters read from the text (at most {@code TextSample.MAX_LETTERS})
 */
public record Detection(
    Language language, double confidence, List<Candidate> candidates, Basis basis, int letters) {

  /** How a detection was decided. */
  public enum Basis {
    /** Character n-gram models of the languages written in the text's script. */
    NGRAMS,
    /** The script alone names the language (Hangul, Thai, Greek, kana, ...). */
    SCRIPT,
    /** Too short or unclear to decide, but the declared language fits the text's script. */
    HINT,
    /** Fewer letters than the detector needs. */
    TOO_SHORT,
    /** No language explains the text well enough, or two are too close to call. */
    UNCLEAR,
    /** The text is written in a script none of the detector's languages uses. */
    UNKNOWN_SCRIPT
  }

  public Detection {
    candidates = List.copyOf(candidates);
  }

  /** True when a language was determined. */
  public boolean isDetermined() {
    return language.isDetermined();
  }
}
