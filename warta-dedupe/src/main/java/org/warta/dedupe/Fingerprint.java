package org.warta.dedupe;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.warta.core.WireCredit;
import org.warta.dedupe.text.Shingles;

/**
 * Everything the detector derives from one candidate before comparing it.
 *
 * @param shingles the cleaned text's shingles
 * @param sampleThreshold the sampling threshold of the sketch ({@link
 *     org.warta.dedupe.sketch.Sampling})
 * @param sampled the sketch sample of the shingle sequence (order and repeats kept)
 * @param sketch the Bloom filter words over {@code sampled}
 * @param minRun the run length that counts as copied against {@code sketch}
 * @param indexKeys the keys the article is posted under
 * @param lookupKeys the keys looked up to find candidates
 * @param credit the wire credit: extraction's, else the one the text's dateline or closing credit
 *     names
 * @param sources original pages the text's republication notices name
 */
record Fingerprint(
    Shingles shingles,
    int sampleThreshold,
    long[] sampled,
    long[] sketch,
    int minRun,
    int[] indexKeys,
    int[] lookupKeys,
    Optional<WireCredit> credit,
    List<URI> sources) {

  /** Low 32 bits of the exact text hash, as the window stores it. */
  int exact() {
    return (int) shingles.exact();
  }
}
