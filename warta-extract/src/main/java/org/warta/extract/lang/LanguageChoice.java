package org.warta.extract.lang;

import org.warta.core.Language;

/**
 * The declared and detected languages of a page and the one to use: the detected language when the
 * detector could tell, else the declared one.
 */
public record LanguageChoice(Language declared, Language detected) {

  /** Characters of text given to the detector: some fifty words, enough for article text. */
  static final int SAMPLE_CHARS = 300;

  /**
   * Characters read first when the page declares a language: when they alone, without the
   * declaration as a prior, already show the declared language, the longer sample (read with the
   * declaration as prior) would only confirm it, so it is not read. On the 738 dev pages the
   * detected languages are the same as with the whole sample; a third of the detector's time.
   */
  static final int CONFIRM_CHARS = 100;

  /** Runs the detector on the start of the text and records both languages. */
  public static LanguageChoice of(
      Language declared, CharSequence text, TextLanguageDetector detector) {
    if (text.isEmpty()) {
      return new LanguageChoice(declared, Language.UNDETERMINED);
    }
    if (declared.isDetermined() && text.length() > CONFIRM_CHARS * 2) {
      Language first = detector.detect(text.subSequence(0, CONFIRM_CHARS), Language.UNDETERMINED);
      if (first.equals(declared)) {
        return new LanguageChoice(declared, first);
      }
    }
    CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
    return new LanguageChoice(declared, detector.detect(sample, declared));
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
