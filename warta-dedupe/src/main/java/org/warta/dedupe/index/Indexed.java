package org.warta.dedupe.index;

/**
 * One article in the {@link Window}, read in place (no copy): its entry fields, its group and its
 * copy sketch.
 */
public final class Indexed {
  private final Segment segment;
  private final int slot;

  Indexed(Segment segment, int slot) {
    this.segment = segment;
    this.slot = slot;
  }

  public int publishedMinute() {
    return segment.publishedMinute(slot);
  }

  public int urlHash() {
    return segment.urlHash(slot);
  }

  /** The key of its registrable domain. */
  public int site() {
    return segment.site(slot);
  }

  /** The number of the agency it credits, 0 for none. */
  public int agency() {
    return segment.agency(slot);
  }

  /** Whether it was published on the credited agency's own site. */
  public boolean outlet() {
    return (segment.flags(slot) & Entry.OUTLET) != 0;
  }

  public long id() {
    return segment.id(slot);
  }

  /** The internal group index, -1 when the article is in no group. */
  public int group() {
    return segment.group(slot);
  }

  public void setGroup(int group) {
    segment.setGroup(slot, group);
  }

  public int exact() {
    return segment.exact(slot);
  }

  public int sampled() {
    return segment.sampled(slot);
  }

  /** The sampling threshold of this article's sketch. */
  public int sampleThreshold() {
    return segment.sampleThreshold(slot);
  }

  /** The shortest run of sketch hits that counts as copied for this article's sketch. */
  public int minRun() {
    return segment.minRun(slot);
  }

  public long[] pool() {
    return segment.pool();
  }

  public int sketchAt() {
    return segment.sketchAt(slot);
  }

  public int sketchWords() {
    return segment.sketchWords(slot);
  }
}
