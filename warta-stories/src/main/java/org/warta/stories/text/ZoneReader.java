package org.warta.stories.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Emits the terms of one zone (title or body) of an article into a shared count map. */
final class ZoneReader {
  private static final int MAX_ACRONYM = 6;

  private final Lexicon lexicon;
  private final Profile profile;
  private final Capitalisation evidence;
  private final WordReadings readings;
  private final Map<String, Float> out;

  ZoneReader(
      Lexicon lexicon,
      WordReadings readings,
      Profile profile,
      Capitalisation evidence,
      Map<String, Float> out) {
    this.lexicon = lexicon;
    this.readings = readings;
    this.profile = profile;
    this.evidence = evidence;
    this.out = out;
  }

  void read(List<Token> tokens, SentenceStyles styles, float weight) {
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.numeric()) {
        i = number(tokens, i, weight);
        continue;
      }
      WordReading r = readings.of(lower(t), profile);
      int phrase = r.startsPhrase() ? phrase(tokens, i, styles, weight) : i;
      if (phrase > i) {
        i = phrase;
        continue;
      }
      i = word(r, tokens, i, styles, weight);
    }
  }

  /** A numeric token, with a scale word after it; returns the next index. */
  private int number(List<Token> tokens, int i, float weight) {
    Optional<BigDecimal> value = Numbers.read(tokens.get(i).text(), profile);
    if (value.isEmpty()) {
      return i + 1;
    }
    return emitNumber(tokens, i, value.get(), weight);
  }

  private int emitNumber(List<Token> tokens, int i, BigDecimal value, float weight) {
    int next = i + 1;
    BigDecimal v = value;
    if (next < tokens.size() && sameSentence(tokens, i, next) && !tokens.get(next).numeric()) {
      double scale = lexicon.scaleWord(lower(tokens.get(next)));
      if (!Double.isNaN(scale)) {
        v = v.multiply(BigDecimal.valueOf(scale));
        next++;
      }
    }
    add(Terms.NUMBER + Numbers.canonical(v), weight);
    return next;
  }

  /**
   * A lexicon form of two or more words starting at i (a word that starts some form); returns the
   * next index, or i.
   */
  private int phrase(List<Token> tokens, int i, SentenceStyles styles, float weight) {
    for (int n = Math.min(lexicon.longestForm(), tokens.size() - i); n >= 2; n--) {
      if (!sameSentence(tokens, i, i + n - 1)) {
        continue;
      }
      StringBuilder form = new StringBuilder(lower(tokens.get(i)));
      boolean numeric = false;
      for (int k = 1; k < n; k++) {
        numeric |= tokens.get(i + k).numeric();
        form.append(' ').append(lower(tokens.get(i + k)));
      }
      Concept c = numeric ? null : lexicon.concept(profile, form.toString());
      if (c != null) {
        add(Terms.CONCEPT + c.name(), weight);
        if (c.kind() == Concept.Kind.PLACE && isEntity(tokens.get(i), styles)) {
          add(Terms.ENTITY + c.name(), weight);
        }
        return i + n;
      }
    }
    return i;
  }

  /** One word; returns the next index. */
  private int word(WordReading r, List<Token> tokens, int i, SentenceStyles styles, float weight) {
    Token t = tokens.get(i);
    if (r.isNumber()) {
      return emitNumber(tokens, i, BigDecimal.valueOf(r.number()), weight);
    }
    String term = r.term();
    if (term == null) {
      return i + 1;
    }
    add(term, weight);
    String entity = r.entity();
    if (entity != null && isEntity(t, styles)) {
      add(entity, weight);
    }
    return i + 1;
  }

  private boolean isEntity(Token t, SentenceStyles styles) {
    SentenceStyles.Style style = styles.of(t);
    if (t.allUpper() && style != SentenceStyles.Style.ALL_CAPS) {
      int n = t.text().length();
      return n >= 2 && n <= MAX_ACRONYM;
    }
    if (!t.capitalised()) {
      return false;
    }
    if (style == SentenceStyles.Style.NORMAL && !t.sentenceStart()) {
      return true;
    }
    return evidence.isName(lower(t));
  }

  private void add(String term, float weight) {
    out.merge(term, weight, Float::sum);
  }

  private static boolean sameSentence(List<Token> tokens, int a, int b) {
    return tokens.get(a).sentence() == tokens.get(b).sentence();
  }

  private static String lower(Token t) {
    return t.lower();
  }
}
