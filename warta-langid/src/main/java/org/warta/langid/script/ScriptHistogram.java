package org.warta.langid.script;

import java.lang.Character.UnicodeScript;
import java.util.Optional;

/**
 * How many letters of a text belong to each Unicode script ({@link UnicodeScript}, UAX #24).
 * Letters in {@code COMMON}/{@code INHERITED} are not counted. Immutable; built with a {@link
 * Counter}.
 */
public final class ScriptHistogram {
  private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
  private final int[] counts;
  private final int total;

  private ScriptHistogram(int[] counts, int total) {
    this.counts = counts;
    this.total = total;
  }

  /** A histogram of the letters in {@code text}. */
  public static ScriptHistogram of(CharSequence text) {
    Counter counter = new Counter();
    text.codePoints().filter(Character::isLetter).forEach(counter::add);
    return counter.histogram();
  }

  /** Counts letters one by one while a text is read. */
  public static final class Counter {
    private final int[] counts = new int[SCRIPTS.length];
    private int total;

    /** Counts one letter. */
    public void add(int codePoint) {
      UnicodeScript script = UnicodeScript.of(codePoint);
      if (script == UnicodeScript.COMMON
          || script == UnicodeScript.INHERITED
          || script == UnicodeScript.UNKNOWN) {
        return;
      }
      counts[script.ordinal()]++;
      total++;
    }

    /** The counts so far, as an immutable histogram. */
    public ScriptHistogram histogram() {
      return new ScriptHistogram(counts.clone(), total);
    }
  }

  /** Letters counted in {@code script}. */
  public int count(UnicodeScript script) {
    return counts[script.ordinal()];
  }

  /** Letters counted in any script. */
  public int total() {
    return total;
  }

  /** The script with the most letters, treating Han and the Japanese kana as one (CJK) group. */
  public Optional<UnicodeScript> dominant() {
    UnicodeScript best = null;
    int bestCount = 0;
    for (UnicodeScript script : SCRIPTS) {
      int n = counts[script.ordinal()];
      if (script == UnicodeScript.HAN) {
        n += count(UnicodeScript.HIRAGANA) + count(UnicodeScript.KATAKANA);
      } else if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
        continue;
      }
      if (n > bestCount) {
        best = script;
        bestCount = n;
      }
    }
    return Optional.ofNullable(best);
  }
}
