package org.warta.sample.plan;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from headlines: lower-case ASCII words joined by hyphens, cut at a word boundary. */
public final class Slug {
  private static final int MAX = 72;

  private Slug() {}

  /** The slug of a headline ("Gempa M6,1 Guncang Majene" becomes "gempa-m6-1-guncang-majene"). */
  public static String of(String headline) {
    String ascii =
        Normalizer.normalize(headline, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() <= MAX) {
      return slug;
    }
    int cut = slug.lastIndexOf('-', MAX);
    return slug.substring(0, cut > 0 ? cut : MAX);
  }
}
