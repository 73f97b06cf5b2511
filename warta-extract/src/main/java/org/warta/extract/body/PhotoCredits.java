package org.warta.extract.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.warta.extract.ResourceLines;

/**
 * Whether a short line ends with a picture credit, which makes it a photo caption left in the body
 * ("Protesters filled the square (Image: GETTY)", "Der Hafen am Morgen (Foto: dpa)", "Jane Roe |
 * Agency | Getty Images", "Credit: Apple", "© Reuters"). Labels and endings are data: {@code
 * body/photo-credits.tsv}.
 */
final class PhotoCredits {
  /** Longest caption line the rule looks at (characters). */
  static final int MAX_CHARS = 300;

  private static final Pattern LABELLED;
  private static final List<String> ENDINGS = new ArrayList<>();
  private static final Pattern COPYRIGHT = Pattern.compile("(?:^|\\s)©\\s*[^.!?©]{1,40}$");

  static {
    List<String> labels = new ArrayList<>();
    String path = "/org/warta/extract/body/photo-credits.tsv";
    for (String[] c : ResourceLines.read(path)) {
      switch (c[0]) {
        case "label" -> labels.add(Pattern.quote(c[1]));
        case "end" -> ENDINGS.add(c[1].toLowerCase(Locale.ROOT));
        default -> throw new IllegalStateException(path + ": unknown kind " + c[0]);
      }
    }
    String label = "(?:" + String.join("|", labels) + ")";
    // "(Image: GETTY)" at the end, or "Credit: Apple" closing the line
    LABELLED =
        Pattern.compile(
            "(?iu)(?:[(（]\\s*"
                + label
                + "\\s*[:：][^()（）\\n]{1,60}[)）]|(?:^|[\\s(（])"
                + label
                + "\\s*[:：]\\s*[^.!?:：\\n]{1,50})\\s*$");
  }

  private PhotoCredits() {}

  /**
   * Whether {@code text}, one line of at most {@value #MAX_CHARS} characters, ends with a credit.
   */
  static boolean endsWithCredit(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_CHARS || t.indexOf('\n') >= 0) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (String end : ENDINGS) {
      if (lower.endsWith(end)) {
        return true;
      }
    }
    return mayBeLabelled(t) && LABELLED.matcher(t).find()
        || t.indexOf('©') >= 0 && COPYRIGHT.matcher(t).find();
  }

  /**
   * Whether {@link #LABELLED} may find a credit in the stripped line {@code t}: it needs a colon,
   * and either a closing parenthesis at the end ("(Image: GETTY)") or, after the last colon and its
   * spaces, 1 to 50 characters ("Credit: Apple": the pattern allows no colon after its own).
   */
  private static boolean mayBeLabelled(String t) {
    int colon = Math.max(t.lastIndexOf(':'), t.lastIndexOf('：'));
    if (colon < 0) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == ')' || last == '）') {
      return true;
    }
    int from = colon + 1;
    while (from < t.length() && isRegexSpace(t.charAt(from))) {
      from++;
    }
    int rest = t.length() - from;
    return rest >= 1 && rest <= 50;
  }

  /** {@code \s} of a pattern without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
