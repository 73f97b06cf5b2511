package org.warta.dedupe.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The recent articles dedupe compares new ones with: segments of consecutive articles, oldest
 * first. The newest segment takes new articles until it holds {@code segmentArticles}; then it is
 * sealed, and every {@code mergeFactor} sealed small segments are merged into one large one (so a
 * lookup visits few segments). Whole segments are evicted, oldest first, once their newest article
 * was added more than {@code windowMinutes} before the newest one, or while the window holds more
 * than {@code maxArticles} articles. Not thread-safe.
 */
public final class Window {
  private final int segmentArticles;
  private final int mergeFactor;
  private final long maxArticles;
  private final int windowMinutes;
  private final List<Segment> segments = new ArrayList<>();
  private long nextSeq = 1;
  private long articles;
  private long evicted;

  public Window(int segmentArticles, int mergeFactor, long maxArticles, int windowMinutes) {
    if (segmentArticles < 1 || (long) segmentArticles * mergeFactor > 65_536 || mergeFactor < 1) {
      throw new IllegalArgumentException(
          "segmentArticles * mergeFactor must be in [1, 65536], got "
              + segmentArticles
              + " * "
              + mergeFactor);
    }
    this.segmentArticles = segmentArticles;
    this.mergeFactor = mergeFactor;
    this.maxArticles = maxArticles;
    this.windowMinutes = windowMinutes;
  }

  /** Adds an article; returns its sequence number (1, 2, ... in order of addition). */
  public long add(Entry e, long[] sketch, int minRun, int[] keys) {
    Segment active = segments.isEmpty() ? null : segments.getLast();
    if (active == null || active.isSealed() || active.isFull()) {
      if (active != null) {
        active.seal();
        mergeSmallSegments();
      }
      active = new Segment(nextSeq, segmentArticles);
      segments.add(active);
    }
    active.add(e, sketch, minRun, keys);
    articles++;
    return nextSeq++;
  }

  private void mergeSmallSegments() {
    int small = 0;
    for (int i = segments.size() - 1; i >= 0; i--) {
      Segment s = segments.get(i);
      if (!s.isSealed() || s.count() > segmentArticles) {
        break;
      }
      small++;
    }
    if (small >= mergeFactor && mergeFactor > 1) {
      int from = segments.size() - small;
      List<Segment> parts = new ArrayList<>(segments.subList(from, segments.size()));
      segments.subList(from, segments.size()).clear();
      segments.add(Segment.merge(parts));
    }
  }

  /**
   * Evicts the oldest segments that fell out of the window by time, or while one more article would
   * exceed the article cap. Call before looking up and adding an article seen at {@code nowMinute}.
   */
  public void evict(int nowMinute) {
    while (segments.size() > 1) {
      Segment oldest = segments.getFirst();
      boolean tooOld = (long) nowMinute - oldest.newestSeen() > windowMinutes;
      boolean tooMany = articles + 1 > maxArticles;
      if (!(tooOld || tooMany) || !oldest.isSealed()) {
        return;
      }
      segments.removeFirst();
      articles -= oldest.count();
      evicted += oldest.count();
    }
  }

  /**
   * Records in {@code hits} every article posted under one of {@code keys}, reading at most {@code
   * maxPostingsPerKey} postings per key and segment (keys of boilerplate phrases are posted for
   * very many articles and find nothing useful).
   */
  public void lookup(int[] keys, int maxPostingsPerKey, Hits hits) {
    Collector collector = new Collector(hits, maxPostingsPerKey);
    keys = keys.clone();
    for (int i = 0; i < keys.length; i++) {
      keys[i] ^= Integer.MIN_VALUE; // sort unsigned: directory reads then ascend through memory
    }
    java.util.Arrays.sort(keys);
    for (int i = 0; i < keys.length; i++) {
      keys[i] ^= Integer.MIN_VALUE;
    }
    for (Segment s : segments) {
      Postings p = s.postings();
      collector.base = s.firstSeq;
      for (int key : keys) {
        collector.left = maxPostingsPerKey;
        p.forEach(key, collector);
      }
    }
  }

  /** Adds slots of one segment to the hits, up to a budget per key. */
  private static final class Collector implements SlotSink {
    private final Hits hits;
    long base;
    int left;

    Collector(Hits hits, int budget) {
      this.hits = hits;
      this.left = budget;
    }

    @Override
    public boolean accept(int slot) {
      hits.add(base + slot);
      return --left > 0;
    }
  }

  /** The segment holding {@code seq}, or null when it was evicted or never added. */
  Segment segmentOf(long seq) {
    int lo = 0;
    int hi = segments.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Segment s = segments.get(mid);
      if (seq < s.firstSeq) {
        hi = mid - 1;
      } else if (seq >= s.firstSeq + s.count()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }

  /** Whether {@code seq} is still in the window. */
  public boolean contains(long seq) {
    return segmentOf(seq) != null;
  }

  /** A view of one article in the window; fails when it was evicted. */
  public Indexed get(long seq) {
    Segment s = segmentOf(seq);
    if (s == null) {
      throw new IllegalArgumentException("article #" + seq + " is not in the window");
    }
    return new Indexed(s, (int) (seq - s.firstSeq));
  }

  /** Sequence number of the oldest article still in the window (next one when empty). */
  public long oldestSeq() {
    return segments.isEmpty() ? nextSeq : segments.getFirst().firstSeq;
  }

  /** Articles in the window. */
  public long articles() {
    return articles;
  }

  /** Articles evicted so far. */
  public long evicted() {
    return evicted;
  }

  /** Segments in the window. */
  public int segments() {
    return segments.size();
  }

  /** Heap bytes held by the window's arrays (segments' metadata, sketches and postings). */
  public long bytes() {
    long b = 0;
    for (Segment s : segments) {
      b += s.bytes();
    }
    return b;
  }
}
