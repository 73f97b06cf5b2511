package org.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Query analysis for a search over every language: each word of the query becomes every term the
 * analyses of the index read it as, stacked at one position ("kebakaran": Indonesian "bakar",
 * English and neutral "kebakaran"), so the query parser makes one synonym query per word. A
 * document matches when its text has any reading of each word, and an excluded word excludes every
 * reading of it. A word every analysis drops (a stop word in all of them) disappears.
 */
final class QueryReadings extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = new StandardTokenizer();
    return new TokenStreamComponents(words, new Readings(words));
  }

  /** Replaces each word by its distinct readings, the first in the word's place, the rest on it. */
  private static final class Readings extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> stacked = new ArrayDeque<>();
    private int skipped;

    Readings(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!stacked.isEmpty()) {
        clearAttributes();
        term.setEmpty().append(stacked.pop());
        increment.setPositionIncrement(0);
        return true;
      }
      while (input.incrementToken()) {
        int step = increment.getPositionIncrement() + skipped;
        Set<String> readings = readings(term.toString());
        if (readings.isEmpty()) {
          skipped = step; // a stop word everywhere: the next word keeps the gap
          continue;
        }
        skipped = 0;
        var it = readings.iterator();
        term.setEmpty().append(it.next());
        increment.setPositionIncrement(step);
        it.forEachRemaining(stacked::add);
        return true;
      }
      return false;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      stacked.clear();
      skipped = 0;
    }
  }

  /** The terms the index's analyses make of one word, in variant order, without repeats. */
  static Set<String> readings(String word) {
    Set<String> out = new LinkedHashSet<>();
    for (String variant : Fields.VARIANTS) {
      try (TokenStream ts = Fields.queryAnalyzer(variant).tokenStream(Fields.BODY, word)) {
        CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          out.add(t.toString());
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot analyse a query word", e);
      }
    }
    return out;
  }
}
