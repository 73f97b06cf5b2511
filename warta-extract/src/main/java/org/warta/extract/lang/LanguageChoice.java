package org.warta.extract.lang;

import org.warta.core.Language;

/**
 * The declared and detected languages of a page and the one to use: the detected language when the
 * detector could tell, else the declared one.
 */
public record LanguageChoice(Language declared, Language detected) {

  /** Characters of text given to the detector: some fifty words, enough for article text. */
  static final int SAMPLE_CHARS = 300;

  /** Runs the detector on the start of the text and records both languages. */
  public static LanguageChoice of(
      Language declared, CharSequence text, TextLanguageDetector detector) {
    CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
    Language detected =
        sample.isEmpty() ? Language.UNDETERMINED : detector.detect(sample, declared);
    return new LanguageChoice(declared, detected);
  }

  /** The detected language if determined, else the declared one. */
  public Language chosen() {
    return detected.isDetermined() ? detected : declared;
  }

  /** Where {@link #chosen()} came from: {@code detected} or {@code declared} (or {@code none}). */
  public String source() {
    return detected.isDetermined() ? "detected" : declared.isDetermined() ? "declared" : "none";
  }
}
