package org.warta.stories.text;

import java.util.List;

/**
 * How each sentence of a token list is written: normally, in Title Case (most content words
 * capitalised, as headlines are) or in ALL CAPS. Capitalisation only says "name" in normal
 * sentences.
 */
final class SentenceStyles {
  enum Style {
    NORMAL,
    TITLE_CASE,
    ALL_CAPS
  }

  /** Share of content words that makes a sentence Title Case or ALL CAPS. */
  private static final double SHARE = 0.8;

  private final Style[] styles;

  private SentenceStyles(Style[] styles) {
    this.styles = styles;
  }

  static SentenceStyles of(List<Token> tokens, Lexicon lexicon, Profile profile) {
    int sentences = tokens.isEmpty() ? 0 : tokens.getLast().sentence() + 1;
    int[] words = new int[sentences];
    int[] capitalised = new int[sentences];
    int[] upper = new int[sentences];
    for (Token t : tokens) {
      if (t.numeric() || lexicon.isStopword(profile, t.lower())) {
        continue;
      }
      words[t.sentence()]++;
      if (t.capitalised()) {
        capitalised[t.sentence()]++;
      }
      if (t.allUpper() && t.text().length() > 1) {
        upper[t.sentence()]++;
      }
    }
    Style[] styles = new Style[sentences];
    for (int s = 0; s < sentences; s++) {
      if (words[s] >= 2 && upper[s] >= SHARE * words[s]) {
        styles[s] = Style.ALL_CAPS;
      } else if (words[s] >= 3 && capitalised[s] >= SHARE * words[s]) {
        styles[s] = Style.TITLE_CASE;
      } else {
        styles[s] = Style.NORMAL;
      }
    }
    return new SentenceStyles(styles);
  }

  Style of(Token token) {
    return styles[token.sentence()];
  }
}
