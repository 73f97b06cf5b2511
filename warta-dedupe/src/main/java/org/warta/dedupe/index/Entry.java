package org.warta.dedupe.index;

/**
 * What the window keeps about one article besides its postings and sketch (39 bytes; the time seen
 * only moves its segment's newest time).
 *
 * @param id the caller's article id
 * @param seenMinute when it was added, in minutes since the epoch (drives eviction)
 * @param publishedMinute when it was published, in minutes since the epoch (drives attribution)
 * @param exact low 32 bits of the hash of the whole cleaned text
 * @param sampled length of the sampled shingle subsequence its sketch was built from
 * @param sampleThreshold the sampling threshold of that subsequence ({@code Sampling}), a multiple
 *     of 256 in [256, 2^24]: lower for long texts, so that their sketch stays within its size cap
 *     without filling up
 * @param urlHash 32-bit hash of its URL identity (resolves other articles' original hints)
 * @param site key of its registrable domain (resolves hints that name only a site)
 * @param agency index+1 of the wire agency it credits, 0 for none
 * @param flags {@link #OUTLET}: published by the agency it credits
 */
public record Entry(
    long id,
    int seenMinute,
    int publishedMinute,
    int exact,
    int sampled,
    int sampleThreshold,
    int urlHash,
    int site,
    int agency,
    int flags) {
  /** The article is on the credited agency's own site. */
  public static final int OUTLET = 1;

  public Entry {
    if (sampleThreshold < 256 || sampleThreshold > 1 << 24 || sampleThreshold % 256 != 0) {
      throw new IllegalArgumentException(
          "sampleThreshold must be a multiple of 256 in [256, 2^24], got " + sampleThreshold);
    }
  }
}
