package org.warta.dedupe.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.warta.core.CanonicalUrl;

/**
 * A duplicate group while the detector tracks it: its stable id and its members in order of
 * addition. A group outlives members that left the window (attribution still needs them), so each
 * member is kept packed in three longs (24 bytes: id; sequence number (35 bits), site key (20),
 * agency and outlet flag; publication minute and URL hash) in one array; the rare original hints
 * sit in a map made on first use.
 */
public final class Group {
  private static final int LONGS = 3;
  private static final int SITE_SHIFT = 9;
  private static final int SEQ_SHIFT = 29;
  private static final long SITE_MASK = (1L << (SEQ_SHIFT - SITE_SHIFT)) - 1;

  private final long id;
  private final long founderSeq;
  private long[] packed = new long[2 * LONGS];
  private @Nullable Map<Integer, List<CanonicalUrl>> hints;
  private int size;

  Group(long id, long founderSeq) {
    this.id = id;
    this.founderSeq = founderSeq;
  }

  public long id() {
    return id;
  }

  /** Sequence number of the first member: the older of two merging groups survives. */
  public long founderSeq() {
    return founderSeq;
  }

  public int size() {
    return size;
  }

  /** The members, in order of addition (views built on demand). */
  public List<Member> members() {
    List<Member> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(member(i));
    }
    return out;
  }

  /** The article ids of the members, in order of addition. */
  public long[] memberIds() {
    long[] ids = new long[size];
    for (int i = 0; i < size; i++) {
      ids[i] = packed[i * LONGS];
    }
    return ids;
  }

  private Member member(int i) {
    long a = packed[i * LONGS + 1];
    long b = packed[i * LONGS + 2];
    List<CanonicalUrl> h = hints == null ? List.of() : hints.getOrDefault(i, List.of());
    return new Member(
        a >>> SEQ_SHIFT,
        packed[i * LONGS],
        (int) (b >>> 32),
        (int) (a >>> 1) & 0xFF,
        (a & 1) != 0,
        (int) b,
        (int) ((a >>> SITE_SHIFT) & SITE_MASK),
        h);
  }

  void add(Member m) {
    if ((size + 1) * LONGS > packed.length) {
      packed = Arrays.copyOf(packed, packed.length * 2);
    }
    int at = size * LONGS;
    packed[at] = m.id();
    packed[at + 1] =
        (m.seq() << SEQ_SHIFT)
            | ((m.site() & SITE_MASK) << SITE_SHIFT)
            | ((long) (m.agency() & 0xFF) << 1)
            | (m.outlet() ? 1 : 0);
    packed[at + 2] = ((long) m.publishedMinute() << 32) | (m.urlHash() & 0xFFFFFFFFL);
    if (!m.hints().isEmpty()) {
      if (hints == null) {
        hints = new HashMap<>();
      }
      hints.put(size, m.hints());
    }
    size++;
  }

  /** Sequence number of the newest member. */
  public long newestSeq() {
    long n = Long.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      n = Math.max(n, packed[i * LONGS + 1] >>> SEQ_SHIFT);
    }
    return n;
  }

  /** Heap bytes, roughly: object, packed array, remembered hints. */
  long bytes() {
    long b = 40 + 16 + 8L * packed.length;
    if (hints != null) {
      b += 48;
      for (List<CanonicalUrl> l : hints.values()) {
        b += 48 + 120L * l.size();
      }
    }
    return b;
  }
}
