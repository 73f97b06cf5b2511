package org.warta.extract.lang;

import org.warta.core.Language;

/**
 * Tells the language of a text, given the language the page declares as a prior; {@link
 * Language#UNDETERMINED} when it cannot. The seam between extraction and warta-langid: {@link
 * #STANDARD} is {@code org.warta.langid.LanguageDetector.standard()}; {@link #DECLARED_ONLY}
 * detects nothing (extraction then reports the declared language), for callers that want no
 * detection at all.
 */
@FunctionalInterface
public interface TextLanguageDetector {
  /** warta-langid's compact character n-gram detector, with the declared language as prior. */
  TextLanguageDetector STANDARD =
      (text, declared) -> org.warta.langid.LanguageDetector.standard().detect(text, declared);

  /** Detects nothing: extraction then reports the declared language. */
  TextLanguageDetector DECLARED_ONLY = (text, declared) -> Language.UNDETERMINED;

  Language detect(CharSequence text, Language declared);
}
