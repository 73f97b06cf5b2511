package org.warta.stories.text;

/**
 * Light stemming so that inflected forms of one word meet: English plural and {@code -ing}/{@code
 * -ed} endings; Indonesian particles ({@code -lah}, {@code -kah}), possessives ({@code -nya}), the
 * common prefixes ({@code me-}, {@code di-}, {@code ter-}, {@code ber-}, {@code pe-}, {@code ke-})
 * and suffixes ({@code -kan}, {@code -an}), in the spirit of the Tala stemmer (Tala 2003, "A Study
 * of Stemming Effects on Information Retrieval in Bahasa Indonesia"), without its dictionary.
 * Over-stemming is harmless here as long as it is consistent: only equality of stems matters.
 */
public final class Stemmer {
  private static final String[] ID_PARTICLES = {"lah", "kah", "tah", "pun"};
  private static final String[] ID_POSSESSIVES = {"nya", "ku", "mu"};
  private static final String[] ID_FIRST_PREFIXES = {
    "meny", "meng", "mem", "men", "me", "peny", "peng", "pem", "pen", "di", "ter", "ke"
  };
  private static final String[] ID_SECOND_PREFIXES = {"ber", "per", "pe"};
  private static final String[] ID_SUFFIXES = {"kan", "an"};
  private static final int MIN_STEM = 4;

  private Stemmer() {}

  /** The stem of a lower-cased word for the profile (OTHER is left alone). */
  public static String stem(String lower, Profile profile) {
    return switch (profile) {
      case ENGLISH -> english(lower);
      case INDONESIAN -> indonesian(lower);
      case OTHER -> lower;
    };
  }

  static String english(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && w.endsWith("es") && "sxzh".indexOf(w.charAt(n - 3)) >= 0) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    if (n > 5 && w.endsWith("ing")) {
      return w.substring(0, n - 3);
    }
    if (n > 4 && w.endsWith("ed")) {
      return w.substring(0, n - 2);
    }
    return w;
  }

  static String indonesian(String w) {
    String s = strip(w, ID_PARTICLES);
    s = strip(s, ID_POSSESSIVES);
    String before = s;
    s = prefix(s, ID_FIRST_PREFIXES);
    if (s.equals(before)) {
      s = prefix(s, ID_SECOND_PREFIXES);
    }
    return strip(s, ID_SUFFIXES);
  }

  private static String strip(String w, String[] suffixes) {
    for (String suffix : suffixes) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }

  private static String prefix(String w, String[] prefixes) {
    for (String prefix : prefixes) {
      if (w.startsWith(prefix) && w.length() - prefix.length() >= MIN_STEM) {
        String rest = w.substring(prefix.length());
        return prefix.endsWith("ny") ? "s" + rest : rest;
      }
    }
    return w;
  }
}
