package org.warta.extract.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** {@link LabelPairs} rules out only texts whose jsoup text cannot start with a label word. */
class LabelPairsTest {
  private static final List<String> WORDS = List.of("by", "editor", "oleh", "作者", "written");

  @Test
  void neverRulesOutATextThatStartsWithALabelWord() {
    LabelPairs pairs = new LabelPairs(WORDS);
    List<String> pieces = new ArrayList<>();
    for (String w : WORDS) {
      pieces.add(w);
      pieces.add(w.toUpperCase(Locale.ROOT));
      pieces.add(w.substring(0, 1));
      pieces.add(w.substring(1));
    }
    pieces.addAll(
        List.of(
            " ", "\t", "\n", "\r", "\f", "\u00A0", "\u200B", "\u00AD", "\u000B", "\u2003", "x", "İ",
            "😀", ":", "B", "y"));
    Random random = new Random(7);
    int ruledOut = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder raw = new StringBuilder();
      for (int k = random.nextInt(5); k >= 0; k--) {
        raw.append(pieces.get(random.nextInt(pieces.size())));
      }
      String text = new TextNode(raw.toString()).text().strip().toLowerCase(Locale.ROOT);
      boolean starts = WORDS.stream().anyMatch(text::startsWith);
      if (!pairs.mayStart(raw.toString())) {
        ruledOut++;
        assertThat(starts).as("'%s' ruled out but its text is '%s'", raw, text).isFalse();
      }
    }
    assertThat(ruledOut).isGreaterThan(10_000); // the pre-check does rule texts out
  }
}
