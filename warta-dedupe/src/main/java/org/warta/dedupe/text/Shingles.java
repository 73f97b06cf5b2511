package org.warta.dedupe.text;

/**
 * A text as dedupe fingerprints it: the hashes of its overlapping word {@value #SIZE}-grams in text
 * order (repeats kept: the order carries which passages are copied whole) and the hash of its whole
 * token sequence.
 *
 * @param sequence shingle hashes in text order; empty when the text has fewer than {@value #SIZE}
 *     words
 * @param exact the hash of the whole cleaned token sequence: equal texts have equal hashes
 * @param tokens how many word tokens the cleaned text has
 */
public record Shingles(long[] sequence, long exact, int tokens) {
  /** Words per shingle: five, the usual choice for news copies (stable under one-word edits). */
  public static final int SIZE = 5;

  /** Computes the shingles of a token sequence. */
  public static Shingles of(Tokens tokens) {
    long[] t = tokens.toArray();
    int n = Math.max(0, t.length - SIZE + 1);
    long[] seq = new long[n];
    for (int i = 0; i < n; i++) {
      seq[i] = Hash64.shingle(t, i, SIZE);
    }
    return new Shingles(seq, tokens.sequenceHash(), t.length);
  }

  /** Whether there is anything to compare. */
  public boolean isEmpty() {
    return sequence.length == 0;
  }
}
