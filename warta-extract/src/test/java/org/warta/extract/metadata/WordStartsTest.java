package org.warta.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link WordStarts} finds what the pattern's own search finds: the same answer as {@code find()}
 * on texts built of the words in odd cases, letters whose case mapping is irregular and everything
 * around them.
 */
class WordStartsTest {
  private static final List<String> LABELS =
      List.of("updated", "mis à jour", "更新", "publi", "veröffentlicht");

  /** Text pieces: words, their case variants, irregular letters, separators. */
  private static List<String> pieces(List<String> words) {
    List<String> pieces = new ArrayList<>();
    for (String w : words) {
      pieces.add(w);
      pieces.add(w.toUpperCase(Locale.ROOT));
      pieces.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
      pieces.add(w.substring(0, Math.max(1, w.length() - 1)));
    }
    pieces.addAll(
        List.of(
            " ", "  ", ".", "3", "2024", "x", "İ", "ı", "\u212A", "ſ", "ß", "é", "-", "\n", "😀"));
    return pieces;
  }

  private static void sameAsFind(WordStarts starts, Pattern pattern, List<String> words) {
    List<String> pieces = pieces(words);
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(6); k >= 0; k--) {
        text.append(pieces.get(random.nextInt(pieces.size())));
      }
      String t = text.toString();
      assertThat(starts.find(pattern, t)).as(t).isEqualTo(pattern.matcher(t).find());
    }
  }

  @Test
  void monthNamesAfterANonLetterAreFoundWhereThePatternFindsThem() {
    List<String> months = List.copyOf(CalendarWords.monthNames());
    Pattern month =
        Pattern.compile(
            "(?<![\\p{L}])(" + WordStarts.alternation(months) + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    sameAsFind(WordStarts.MONTHS, month, months);
  }

  @Test
  void labelsAnywhereAreFoundWhereThePatternFindsThem() {
    Pattern labels = Pattern.compile("(?iu)(" + WordStarts.alternation(LABELS) + ")");
    sameAsFind(new WordStarts(LABELS, false), labels, LABELS);
  }

  @Test
  void theMonthTestRulesOutTextsWithoutAMonth() {
    // the names' letters fold to themselves, so the fast test is on (it is never on otherwise)
    assertThat(WordStarts.MONTHS.next("x 12 34 the end", 0)).isEqualTo(-1);
    assertThat(WordStarts.MONTHS.next("on 3 Dec. 2024", 0)).isEqualTo(5);
    assertThat(WordStarts.MONTHS.next("Desember", 1)).isEqualTo(-1);
  }
}
