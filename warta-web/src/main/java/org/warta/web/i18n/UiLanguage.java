package org.warta.web.i18n;

import java.util.Locale;
import java.util.Set;

/**
 * Chooses the interface language of a request: an explicit {@code lang} cookie wins, then the first
 * supported language of {@code Accept-Language} (RFC 9110 section 12.5.4, by quality), then the
 * site default.
 */
public final class UiLanguage {
  public static final Set<String> SUPPORTED = Set.of("id", "en");

  private UiLanguage() {}

  public static String choose(String cookie, String acceptLanguage, String siteDefault) {
    if (cookie != null && SUPPORTED.contains(cookie)) {
      return cookie;
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      String best = null;
      double bestQ = 0;
      for (String part : acceptLanguage.split(",")) {
        String[] pieces = part.strip().split(";");
        String tag = pieces[0].strip().toLowerCase(Locale.ROOT);
        String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        if (primary.equals("in")) {
          primary = "id";
        }
        double q = quality(pieces);
        if (SUPPORTED.contains(primary) && q > bestQ) {
          best = primary;
          bestQ = q;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return siteDefault;
  }

  private static double quality(String[] pieces) {
    for (int i = 1; i < pieces.length; i++) {
      String p = pieces[i].strip();
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
