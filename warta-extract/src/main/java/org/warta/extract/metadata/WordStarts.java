package org.warta.extract.metadata;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where one of a list of words can begin in a text: a cheap test that lets a pattern starting with
 * the words' alternation ({@link DateParser}'s month names, {@link VisibleDates}'s labels) be tried
 * only at the few positions where that alternation can match, instead of trying every word at every
 * position. A position passes when its first letters, up to three, are those of a word (and, if
 * asked, no letter precedes it: a look-behind {@code (?<![\p{L}])}), compared as {@link
 * java.util.regex.Pattern} compares literals under {@code CASE_INSENSITIVE | UNICODE_CASE}: a text
 * character {@code c} matches a word character {@code n} when {@code c} or {@code fold(c)} equals
 * {@code fold(n)}, with {@code fold(x) = toLowerCase(toUpperCase(x))}. The test never rejects a
 * position where a word matches; when a word holds a character outside the BMP or whose fold is not
 * its own fold (then {@code fold(c)} would not settle the comparison), every position passes.
 * Immutable.
 *
 * <p>Only for patterns compiled with {@code CASE_INSENSITIVE | UNICODE_CASE} whose words are
 * literals (quoted, as {@link #alternation} gives them).
 */
final class WordStarts {
  /** The month names of {@link CalendarWords}, after a non-letter. */
  static final WordStarts MONTHS = new WordStarts(CalendarWords.monthNames(), true);

  /** Letters of a word compared here; the pattern compares the rest. */
  private static final int PREFIX = 3;

  /** Which BMP characters can match the first character of a word, one bit each. */
  private final long[] firstChars = new long[1 << 10];

  /** Sorted keys ({@link #key}) of the words' folded prefixes, by prefix length (1 to 3). */
  private final long[][] prefixes = new long[PREFIX + 1][];

  private final boolean exact;
  private final boolean afterNonLetter;

  WordStarts(Collection<String> words, boolean afterNonLetter) {
    this.afterNonLetter = afterNonLetter;
    this.exact = !words.isEmpty() && words.stream().allMatch(w -> !w.isEmpty() && comparable(w));
    long[][] keys = new long[PREFIX + 1][words.size()];
    int[] counts = new int[PREFIX + 1];
    boolean[] firstFolds = new boolean[1 << 16];
    for (String word : words) {
      if (!exact) {
        continue;
      }
      int length = Math.min(PREFIX, word.length());
      keys[length][counts[length]++] = key(word, 0, length);
      firstFolds[fold(word.charAt(0))] = true;
    }
    for (int length = 1; length <= PREFIX; length++) {
      prefixes[length] = Arrays.stream(keys[length], 0, counts[length]).sorted().toArray();
    }
    for (int c = 0; c < 1 << 16; c++) {
      int f = fold(c);
      if (firstFolds[c] || (f < 1 << 16 && firstFolds[f])) {
        firstChars[c >>> 6] |= 1L << c;
      }
    }
  }

  /**
   * Whether {@code pattern}, every match of which starts with one of the words, finds a match in
   * {@code text}: as {@code pattern.matcher(text).find()}, trying the anchored match only where a
   * word may start (a match {@code find()} returns is the anchored match at its start; transparent
   * bounds let look-arounds see the text outside the region).
   */
  boolean find(Pattern pattern, String text) {
    return findFrom(pattern.matcher(text).useTransparentBounds(true), text, 0);
  }

  /**
   * {@code m.find()} from {@code from} on, for a matcher of {@code text} with transparent bounds
   * whose pattern's matches all start with one of the words: true with {@code m} on the first
   * match, tried anchored only where a word may start; false when there is none.
   */
  boolean findFrom(Matcher m, String text, int from) {
    for (int i = next(text, from); i >= 0; i = next(text, i + 1)) {
      if (m.region(i, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** A case-blind alternation of the words, each quoted, for a pattern that starts with them. */
  static String alternation(List<String> words) {
    return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  /** The first position at or after {@code from} where one of the words may start, or -1. */
  int next(String text, int from) {
    for (int i = Math.max(0, from); i < text.length(); i++) {
      if (mayStartAt(text, i)) {
        return i;
      }
    }
    return -1;
  }

  private boolean mayStartAt(String text, int i) {
    if (!exact) {
      return true;
    }
    char c = text.charAt(i);
    if ((firstChars[c >>> 6] & (1L << c)) == 0) {
      return false;
    }
    if (afterNonLetter && i > 0 && Character.isLetter(text.charAt(i - 1))) {
      return false; // a letter before: the look-behind fails (a lone surrogate is not a letter)
    }
    for (int length = 1; length <= PREFIX && i + length <= text.length(); length++) {
      if (prefixes[length].length > 0
          && Arrays.binarySearch(prefixes[length], key(text, i, length)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The folded characters {@code s[from, from + length)}, 21 bits each. */
  private static long key(String s, int from, int length) {
    long key = 0;
    for (int j = from; j < from + length; j++) {
      key = (key << 21) | fold(s.charAt(j));
    }
    return key;
  }

  private static int fold(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * Whether comparing folds decides the pattern's comparison for every character of the word: it is
   * in the BMP and its fold is its own fold, so that {@code c == fold(n)} implies {@code fold(c) ==
   * fold(n)}.
   */
  private static boolean comparable(String word) {
    return word.chars()
        .allMatch(
            n -> !Character.isSurrogate((char) n) && fold(fold(n)) == fold(n) && fold(n) < 1 << 16);
  }
}
