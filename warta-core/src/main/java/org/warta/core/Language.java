package org.warta.core;

import java.util.Locale;

/**
 * A natural language as an ISO 639-1 code ({@code id}, {@code ms}, {@code en}, ...), or {@link
 * #UNDETERMINED} ({@code und}, as in BCP 47) when nobody could tell.
 */
public record Language(String code) {
  public static final Language UNDETERMINED = new Language("und");
  public static final Language INDONESIAN = new Language("id");
  public static final Language ENGLISH = new Language("en");
  public static final Language MALAY = new Language("ms");

  public Language {
    if (!isCode(code)) {
      throw new IllegalArgumentException(
          "language must be a lower-case ISO 639 code such as 'id' or 'en', got '" + code + "'");
    }
  }

  /**
   * Reads a language tag as found in the wild ({@code id-ID}, {@code en_US}, {@code IN}, {@code
   * ind}); anything unreadable becomes {@link #UNDETERMINED}.
   */
  public static Language of(String tag) {
    String primary = tag.strip().replace('_', '-');
    int dash = primary.indexOf('-');
    if (dash >= 0) {
      primary = primary.substring(0, dash);
    }
    primary = primary.toLowerCase(Locale.ROOT);
    return switch (primary) {
      case "id", "in", "ind" -> INDONESIAN; // "in" is the withdrawn ISO code Java still emits
      case "en", "eng" -> ENGLISH;
      case "ms", "msa", "may", "zsm" -> MALAY;
      default -> isCode(primary) ? new Language(primary) : UNDETERMINED;
    };
  }

  /** Two or three ASCII letters (read for every stored article: no regular expression). */
  private static boolean isCode(String s) {
    if (s.length() < 2 || s.length() > 3) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  public boolean isDetermined() {
    return !equals(UNDETERMINED);
  }

  @Override
  public String toString() {
    return code;
  }
}
