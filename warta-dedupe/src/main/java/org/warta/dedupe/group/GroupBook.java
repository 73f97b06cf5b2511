package org.warta.dedupe.group;

import java.util.ArrayList;
import java.util.List;

/**
 * Every tracked {@link Group} under a small internal number (what the window stores per article).
 * Numbers of forgotten groups are reused. Not thread-safe.
 */
public final class GroupBook {
  private final List<Group> groups = new ArrayList<>();
  private int[] free = new int[16];
  private int freeCount;
  private int live;

  /** Opens a group with one member; returns its number. */
  public int open(long id, Member founder) {
    Group g = new Group(id, founder.seq());
    g.add(founder);
    live++;
    if (freeCount > 0) {
      int n = free[--freeCount];
      groups.set(n, g);
      return n;
    }
    groups.add(g);
    return groups.size() - 1;
  }

  public Group get(int number) {
    Group g = groups.get(number);
    if (g == null) {
      throw new IllegalArgumentException("no group #" + number);
    }
    return g;
  }

  /** Adds a member to a group. */
  public void join(int number, Member m) {
    get(number).add(m);
  }

  /**
   * Moves every member of group {@code from} into group {@code into} and forgets {@code from}.
   * Returns the members that moved.
   */
  public List<Member> merge(int into, int from) {
    Group source = get(from);
    Group target = get(into);
    List<Member> moved = source.members();
    for (Member m : moved) {
      target.add(m);
    }
    forget(from);
    return moved;
  }

  /** Forgets groups whose newest member is older than {@code oldestSeq} (left the window). */
  public void forgetBefore(long oldestSeq) {
    for (int n = 0; n < groups.size(); n++) {
      Group g = groups.get(n);
      if (g != null && g.newestSeq() < oldestSeq) {
        forget(n);
      }
    }
  }

  private void forget(int number) {
    groups.set(number, null);
    if (freeCount == free.length) {
      free = java.util.Arrays.copyOf(free, freeCount * 2);
    }
    free[freeCount++] = number;
    live--;
  }

  /** Groups tracked. */
  public int size() {
    return live;
  }

  /** Rough heap bytes of the tracked groups (objects, member records, lists). */
  public long bytes() {
    long b = 4L * groups.size() + 4L * free.length;
    for (Group g : groups) {
      if (g != null) {
        b += g.bytes();
      }
    }
    return b;
  }

  /** Every tracked group (for evaluation output). */
  public List<Group> all() {
    List<Group> out = new ArrayList<>();
    for (Group g : groups) {
      if (g != null) {
        out.add(g);
      }
    }
    return out;
  }
}
