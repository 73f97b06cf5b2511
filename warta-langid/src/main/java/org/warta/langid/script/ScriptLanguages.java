package org.warta.langid.script;

import java.lang.Character.UnicodeScript;
import java.util.Map;
import java.util.Optional;
import org.warta.core.Language;

/**
 * The scripts that are written by one major language only, so that the script alone names the
 * language (Hangul: Korean, Thai: Thai, Khmer: Khmer, ...), and the CJK rule: kana among Han means
 * Japanese, Han alone Chinese. Scripts shared by several languages (Latin, Cyrillic, Arabic,
 * Devanagari) return empty: the n-gram model decides among their languages.
 */
public final class ScriptLanguages {
  private static final Map<UnicodeScript, String> SINGLE =
      Map.ofEntries(
          Map.entry(UnicodeScript.HANGUL, "ko"),
          Map.entry(UnicodeScript.THAI, "th"),
          Map.entry(UnicodeScript.GREEK, "el"),
          Map.entry(UnicodeScript.HEBREW, "he"),
          Map.entry(UnicodeScript.ARMENIAN, "hy"),
          Map.entry(UnicodeScript.GEORGIAN, "ka"),
          Map.entry(UnicodeScript.BENGALI, "bn"),
          Map.entry(UnicodeScript.GURMUKHI, "pa"),
          Map.entry(UnicodeScript.GUJARATI, "gu"),
          Map.entry(UnicodeScript.ORIYA, "or"),
          Map.entry(UnicodeScript.TAMIL, "ta"),
          Map.entry(UnicodeScript.TELUGU, "te"),
          Map.entry(UnicodeScript.KANNADA, "kn"),
          Map.entry(UnicodeScript.MALAYALAM, "ml"),
          Map.entry(UnicodeScript.SINHALA, "si"),
          Map.entry(UnicodeScript.KHMER, "km"),
          Map.entry(UnicodeScript.LAO, "lo"),
          Map.entry(UnicodeScript.MYANMAR, "my"),
          Map.entry(UnicodeScript.TIBETAN, "bo"),
          Map.entry(UnicodeScript.ETHIOPIC, "am"),
          Map.entry(UnicodeScript.THAANA, "dv"),
          Map.entry(UnicodeScript.JAVANESE, "jv"),
          Map.entry(UnicodeScript.SUNDANESE, "su"),
          Map.entry(UnicodeScript.BALINESE, "ban"));

  private ScriptLanguages() {}

  /**
   * The language the dominant script names on its own, if it does. Japanese needs at least one kana
   * letter in twenty CJK letters; Chinese text never has kana.
   */
  public static Optional<Language> of(ScriptHistogram histogram) {
    return histogram
        .dominant()
        .flatMap(
            script -> {
              if (script == UnicodeScript.HAN) {
                int kana =
                    histogram.count(UnicodeScript.HIRAGANA)
                        + histogram.count(UnicodeScript.KATAKANA);
                int cjk = kana + histogram.count(UnicodeScript.HAN);
                return Optional.of(new Language(kana * 20 >= cjk ? "ja" : "zh"));
              }
              return Optional.ofNullable(SINGLE.get(script)).map(Language::new);
            });
  }
}
