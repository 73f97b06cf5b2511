package org.warta.dedupe.text;

/**
 * Article titles without the site name pages append to them: "Navy foils attack - Warta Nusantara",
 * "Navy foils attack | Dailyglobe". Copies on other sites change that suffix, so it is not part of
 * the story.
 */
public final class TitleText {
  /** A site-name suffix has at most this many words. */
  static final int MAX_SUFFIX_WORDS = 4;

  private TitleText() {}

  /** The title without a trailing " - Site" or " | Site" part of at most four words. */
  public static String withoutSiteName(String title) {
    String t = title.strip();
    int cut = Math.max(Math.max(t.lastIndexOf(" | "), t.lastIndexOf(" - ")), t.lastIndexOf(" – "));
    if (cut <= 0) {
      return t;
    }
    String suffix = t.substring(cut + 3);
    String rest = t.substring(0, cut).strip();
    boolean siteLike = Tokens.count(suffix) <= MAX_SUFFIX_WORDS && Tokens.count(rest) >= 3;
    return siteLike ? rest : t;
  }
}
