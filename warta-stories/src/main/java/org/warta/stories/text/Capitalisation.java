package org.warta.stories.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a text writes each word where case carries meaning (inside normal sentences, not at their
 * start): capitalised or in lower case. A word written capitalised there more often than not is a
 * name, which lets headlines and sentence starts be read.
 */
final class Capitalisation {
  private final Map<String, int[]> counts = new HashMap<>();

  void observe(List<Token> tokens, SentenceStyles styles) {
    for (Token t : tokens) {
      if (t.numeric() || t.sentenceStart() || styles.of(t) != SentenceStyles.Style.NORMAL) {
        continue;
      }
      int[] c = counts.computeIfAbsent(t.lower(), k -> new int[2]);
      c[t.capitalised() ? 0 : 1]++;
    }
  }

  /** Whether the text writes this lower-cased word mostly capitalised mid-sentence. */
  boolean isName(String lower) {
    int[] c = counts.get(lower);
    return c != null && c[0] > c[1];
  }
}
