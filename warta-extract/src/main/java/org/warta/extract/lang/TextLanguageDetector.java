package org.warta.extract.lang;

import org.warta.core.Language;

/**
 * Tells the language of a text; {@link Language#UNDETERMINED} when it cannot. The seam between
 * extraction and warta-langid: {@link #DECLARED_ONLY} (the page's declared language is used as is)
 * stands in until {@code org.warta.langid.LanguageDetector.standard()::detect} is available and
 * wired as the default in {@link org.warta.extract.ExtractorSettings#defaults()}.
 */
@FunctionalInterface
public interface TextLanguageDetector {
  /** Detects nothing: extraction then reports the declared language. */
  TextLanguageDetector DECLARED_ONLY = text -> Language.UNDETERMINED;

  Language detect(CharSequence text);
}
