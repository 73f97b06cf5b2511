package org.warta.langid.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects (language, n-gram, quantum) entries and packs them into an {@link NgramModel}. When two
 * entries of one language share a key (a hash collision), the more probable one is kept.
 */
public final class NgramModelBuilder {
  /** The model format stores a language index in one byte. */
  public static final int MAX_LANGUAGES = 256;

  private final List<ModelLanguage> languages = new ArrayList<>();
  private long[] packed = new long[1 << 16];
  private int size;

  /** Declares a language and returns its index. */
  public int language(ModelLanguage language) {
    if (languages.size() == MAX_LANGUAGES) {
      throw new IllegalStateException("a model holds at most " + MAX_LANGUAGES + " languages");
    }
    if (languages.stream().anyMatch(l -> l.language().equals(language.language()))) {
      throw new IllegalArgumentException("language declared twice: " + language.language());
    }
    languages.add(language);
    return languages.size() - 1;
  }

  /** Adds an n-gram (1 to {@link NgramModel#MAX_ORDER} letters) of a declared language. */
  public void add(int language, String ngram, int quantum) {
    add(language, ngram, 0, ngram.length(), quantum);
  }

  /** Adds the n-gram {@code s[from, to)} (UTF-16 indexes) of a declared language. */
  public void add(int language, CharSequence s, int from, int to, int quantum) {
    int order = Character.codePointCount(s, from, to);
    if (language < 0 || language >= languages.size()) {
      throw new IllegalArgumentException("undeclared language index " + language);
    }
    if (order < 1 || order > NgramModel.MAX_ORDER) {
      throw new IllegalArgumentException(
          "n-gram must have 1 to "
              + NgramModel.MAX_ORDER
              + " letters, got '"
              + s.subSequence(from, to)
              + "'");
    }
    int q = Math.clamp(quantum, 0, NgramModel.MAX_QUANTUM);
    if (size == packed.length) {
      packed = Arrays.copyOf(packed, size * 2);
    }
    packed[size++] = ((long) NgramKey.of(s, from, to) << 32) | ((long) language << 8) | q;
  }

  /** Sorts and packs the entries. */
  public NgramModel build() {
    long[] sorted = Arrays.copyOf(packed, size);
    Arrays.sort(sorted);
    int[] keys = new int[size];
    short[] entries = new short[size];
    int n = 0;
    for (long entry : sorted) {
      int key = (int) (entry >> 32);
      short value = (short) entry;
      boolean sameAsPrevious =
          n > 0 && keys[n - 1] == key && (entries[n - 1] & 0xFF00) == (value & 0xFF00);
      if (!sameAsPrevious) {
        keys[n] = key;
        entries[n++] = value;
      }
    }
    return new NgramModel(languages, Arrays.copyOf(keys, n), Arrays.copyOf(entries, n));
  }
}
