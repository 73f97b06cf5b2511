package org.warta.extract;

import org.warta.core.Check;
import org.warta.extract.lang.TextLanguageDetector;

/**
 * Settings of an {@link Extractor}.
 *
 * @param maxBytes pages longer than this are cut before decoding (bounded time and memory); the cut
 *     is reported in the diagnostics
 * @param detector tells the language of the extracted text
 */
public record ExtractorSettings(int maxBytes, TextLanguageDetector detector) {
  public ExtractorSettings {
    Check.positive(maxBytes, "maxBytes");
  }

  /** 8 MB pages; language detected by warta-langid ({@link TextLanguageDetector#STANDARD}). */
  public static ExtractorSettings defaults() {
    return new ExtractorSettings(8 * 1024 * 1024, TextLanguageDetector.STANDARD);
  }

  public ExtractorSettings withDetector(TextLanguageDetector d) {
    return new ExtractorSettings(maxBytes, d);
  }

  public ExtractorSettings withMaxBytes(int max) {
    return new ExtractorSettings(max, detector);
  }
}
