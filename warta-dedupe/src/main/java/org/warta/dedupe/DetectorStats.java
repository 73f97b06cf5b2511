package org.warta.dedupe;

/**
 * The detector's state size, for monitoring and benchmarks.
 *
 * @param articles articles in the window
 * @param evicted articles evicted so far
 * @param segments window segments
 * @param groups duplicate groups tracked
 * @param windowBytes heap bytes of the window's arrays (metadata, sketches, postings)
 * @param groupBytes estimated heap bytes of tracked groups and remembered hints
 */
public record DetectorStats(
    long articles, long evicted, int segments, int groups, long windowBytes, long groupBytes) {

  /** Bytes per article in the window, groups included; 0 when empty. */
  public double bytesPerArticle() {
    return articles == 0 ? 0 : (windowBytes + groupBytes) / (double) articles;
  }
}
