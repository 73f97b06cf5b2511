package org.warta.dedupe.index;

import java.util.Arrays;
import java.util.List;

/**
 * A run of consecutively added articles (sequence numbers {@code firstSeq ..}): their {@link Entry}
 * fields as parallel arrays, their copy sketches back to back in one {@code long[]} pool, and their
 * postings. Only the newest segment is mutable ({@link ActivePostings}); sealing sorts its postings
 * and trims its arrays. Not thread-safe.
 */
final class Segment {
  final long firstSeq;
  private final int capacity;
  private int count;
  private final ArticleIds ids = new ArticleIds();
  private int length;
  private int[] published;
  private int[] groups;
  private int[] exact;
  private char[] sampled;
  private char[] thresholds;
  private int[] urlHash;
  private int[] site;
  private byte[] agency;
  private byte[] flags;
  private byte[] minRun;
  private int[] sketchAt;
  private long[] pool;
  private int poolSize;
  private Postings postings;
  private int newestSeen = Integer.MIN_VALUE;

  Segment(long firstSeq, int capacity) {
    this.firstSeq = firstSeq;
    this.capacity = capacity;
    int initial = Math.min(capacity, 256);
    length = initial;
    ids.ensure(initial);
    published = new int[initial];
    groups = new int[initial];
    exact = new int[initial];
    sampled = new char[initial];
    thresholds = new char[initial];
    urlHash = new int[initial];
    site = new int[initial];
    agency = new byte[initial];
    flags = new byte[initial];
    minRun = new byte[initial];
    sketchAt = new int[initial];
    pool = new long[initial * 2];
    postings = new ActivePostings();
  }

  int count() {
    return count;
  }

  boolean isFull() {
    return count == capacity;
  }

  boolean isSealed() {
    return postings instanceof SortedPostings;
  }

  int newestSeen() {
    return newestSeen;
  }

  /**
   * Adds an article: its entry, its sketch words (already filled) and its keys. Returns its slot.
   */
  int add(Entry e, long[] sketch, int minRunForSketch, int[] keys) {
    if (isSealed() || isFull()) {
      throw new IllegalStateException("segment " + firstSeq + " takes no more articles");
    }
    ensureCapacity(count + 1, sketch.length);
    int slot = count++;
    ids.set(slot, e.id());
    published[slot] = e.publishedMinute();
    groups[slot] = -1;
    exact[slot] = e.exact();
    sampled[slot] = (char) Math.min(e.sampled(), Character.MAX_VALUE);
    thresholds[slot] = (char) ((e.sampleThreshold() >>> 8) - 1);
    urlHash[slot] = e.urlHash();
    site[slot] = e.site();
    agency[slot] = (byte) e.agency();
    flags[slot] = (byte) e.flags();
    minRun[slot] = (byte) minRunForSketch;
    sketchAt[slot] = poolSize;
    System.arraycopy(sketch, 0, pool, poolSize, sketch.length);
    poolSize += sketch.length;
    newestSeen = Math.max(newestSeen, e.seenMinute());
    ActivePostings active = (ActivePostings) postings;
    for (int key : keys) {
      active.add(key, slot);
    }
    return slot;
  }

  private void ensureCapacity(int articles, int words) {
    if (articles > length) {
      int n = Math.min(capacity, Math.max(articles, length * 2));
      length = n;
      ids.ensure(n);
      published = Arrays.copyOf(published, n);
      groups = Arrays.copyOf(groups, n);
      exact = Arrays.copyOf(exact, n);
      sampled = Arrays.copyOf(sampled, n);
      thresholds = Arrays.copyOf(thresholds, n);
      urlHash = Arrays.copyOf(urlHash, n);
      site = Arrays.copyOf(site, n);
      agency = Arrays.copyOf(agency, n);
      flags = Arrays.copyOf(flags, n);
      minRun = Arrays.copyOf(minRun, n);
      sketchAt = Arrays.copyOf(sketchAt, n);
    }
    if (poolSize + words > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(poolSize + words, pool.length * 2));
    }
  }

  /** Sorts the postings and trims every array to its content. */
  void seal() {
    if (isSealed()) {
      return;
    }
    postings = ((ActivePostings) postings).sorted();
    trim();
  }

  private void trim() {
    ids.trim(count);
    length = count;
    published = Arrays.copyOf(published, count);
    groups = Arrays.copyOf(groups, count);
    exact = Arrays.copyOf(exact, count);
    sampled = Arrays.copyOf(sampled, count);
    thresholds = Arrays.copyOf(thresholds, count);
    urlHash = Arrays.copyOf(urlHash, count);
    site = Arrays.copyOf(site, count);
    agency = Arrays.copyOf(agency, count);
    flags = Arrays.copyOf(flags, count);
    minRun = Arrays.copyOf(minRun, count);
    sketchAt = Arrays.copyOf(sketchAt, count);
    pool = Arrays.copyOf(pool, poolSize);
  }

  /** One sealed segment holding the articles of {@code parts} (consecutive, sealed, in order). */
  static Segment merge(List<Segment> parts) {
    int total = parts.stream().mapToInt(Segment::count).sum();
    Segment m = new Segment(parts.getFirst().firstSeq, total);
    int postingsTotal = parts.stream().mapToInt(s -> s.postings.size()).sum();
    long[] packed = new long[postingsTotal];
    int at = 0;
    for (Segment s : parts) {
      m.absorb(s);
      ((SortedPostings) s.postings).appendPacked(packed, at, m.count - s.count);
      at += s.postings.size();
    }
    m.postings = SortedPostings.ofPacked(packed, postingsTotal);
    m.trim();
    return m;
  }

  private void absorb(Segment s) {
    ensureCapacity(count + s.count, s.poolSize);
    for (int i = 0; i < s.count; i++) {
      ids.set(count + i, s.ids.get(i));
    }
    System.arraycopy(s.published, 0, published, count, s.count);
    System.arraycopy(s.groups, 0, groups, count, s.count);
    System.arraycopy(s.exact, 0, exact, count, s.count);
    System.arraycopy(s.sampled, 0, sampled, count, s.count);
    System.arraycopy(s.thresholds, 0, thresholds, count, s.count);
    System.arraycopy(s.urlHash, 0, urlHash, count, s.count);
    System.arraycopy(s.site, 0, site, count, s.count);
    System.arraycopy(s.agency, 0, agency, count, s.count);
    System.arraycopy(s.flags, 0, flags, count, s.count);
    System.arraycopy(s.minRun, 0, minRun, count, s.count);
    for (int i = 0; i < s.count; i++) {
      sketchAt[count + i] = s.sketchAt[i] + poolSize;
    }
    System.arraycopy(s.pool, 0, pool, poolSize, s.poolSize);
    poolSize += s.poolSize;
    count += s.count;
    newestSeen = Math.max(newestSeen, s.newestSeen);
  }

  Postings postings() {
    return postings;
  }

  int publishedMinute(int slot) {
    return published[slot];
  }

  int urlHash(int slot) {
    return urlHash[slot];
  }

  int site(int slot) {
    return site[slot];
  }

  int agency(int slot) {
    return agency[slot] & 0xFF;
  }

  int flags(int slot) {
    return flags[slot];
  }

  long id(int slot) {
    return ids.get(slot);
  }

  int group(int slot) {
    return groups[slot];
  }

  void setGroup(int slot, int group) {
    groups[slot] = group;
  }

  int sampled(int slot) {
    return sampled[slot];
  }

  int sampleThreshold(int slot) {
    return (thresholds[slot] + 1) << 8;
  }

  int exact(int slot) {
    return exact[slot];
  }

  int minRun(int slot) {
    return minRun[slot] & 0xFF;
  }

  long[] pool() {
    return pool;
  }

  int sketchAt(int slot) {
    return sketchAt[slot];
  }

  int sketchWords(int slot) {
    int end = slot + 1 < count ? sketchAt[slot + 1] : poolSize;
    return end - sketchAt[slot];
  }

  /** Heap bytes held by this segment's arrays. */
  long bytes() {
    long perArticle = 4 + 4 + 4 + 2 + 2 + 4 + 4 + 1 + 1 + 1 + 4;
    return perArticle * length + ids.bytes() + 8L * pool.length + postings.bytes();
  }
}
