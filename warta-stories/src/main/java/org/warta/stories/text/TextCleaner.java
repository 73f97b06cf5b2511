package org.warta.stories.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.warta.core.Language;
import org.warta.core.phrase.BoilerplatePhrases;
import org.warta.core.phrase.PhraseKind;
import org.warta.core.phrase.PhraseMatch;

/**
 * Removes the lines of an article text that are not about its event, before any term is counted:
 * "Baca juga / Read also" inserts and related-headline boxes (they carry other stories' headlines
 * and would link unrelated stories), section headings and everything after them, promo, label,
 * author, editor and photo lines (the shared lists of {@link BoilerplatePhrases}), plus credit and
 * syndication notes of this module's {@code credit-lines.txt} ("Sumber: ...", "This story was
 * published by ...").
 */
public final class TextCleaner {
  private static final List<String> CREDIT_STARTS = Lexicon.lines("credit-lines.txt");

  private static final int LONGEST_CREDIT_START =
      CREDIT_STARTS.stream().mapToInt(String::length).max().orElse(0);

  /** Longer lines are paragraphs, never boilerplate (the longest promo lines are shorter). */
  private static final int MAX_BOILERPLATE_WORDS = 60;

  /** Longest line (words) of a related-headline box without its own "read also" phrase. */
  private static final int MAX_BOX_LINE_WORDS = 20;

  private TextCleaner() {}

  /** The text without non-event lines; kept lines are joined by line breaks. */
  public static String clean(String text, Language language) {
    BoilerplatePhrases phrases = BoilerplatePhrases.forLanguage(language);
    StringBuilder out = new StringBuilder(text.length());
    boolean inBox = false;
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        inBox = false;
        out.append('\n');
        continue;
      }
      Optional<PhraseMatch> match =
          wordsAtMost(line, MAX_BOILERPLATE_WORDS) ? match(phrases, line) : Optional.empty();
      if (match.isPresent()) {
        PhraseKind kind = match.get().kind();
        if (kind == PhraseKind.SECTION) {
          break;
        }
        inBox = kind == PhraseKind.RELATED && match.get().remainder().isBlank();
        continue;
      }
      if ((inBox && isHeadlineLike(line)) || isCredit(line)) {
        continue;
      }
      inBox = false;
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static Optional<PhraseMatch> match(BoilerplatePhrases phrases, String line) {
    Optional<PhraseMatch> m = phrases.match(line);
    if (m.isEmpty() && line.startsWith("(") && line.endsWith(")")) {
      m = phrases.match(line.substring(1, line.length() - 1));
    }
    return m;
  }

  private static boolean wordsAtMost(String line, int max) {
    int words = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ' ' && ++words > max) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCredit(String line) {
    // only the line's start can hold a credit start: lower-case no more of it than the longest
    String head =
        line.length() > LONGEST_CREDIT_START ? line.substring(0, LONGEST_CREDIT_START + 1) : line;
    String lower = head.toLowerCase(Locale.ROOT);
    for (String start : CREDIT_STARTS) {
      if (lower.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  /** A short line without a sentence end: a headline in a list of links. */
  private static boolean isHeadlineLike(String line) {
    char last = line.charAt(line.length() - 1);
    return line.split("\\s+").length <= MAX_BOX_LINE_WORDS && last != '.' && last != '"';
  }
}
