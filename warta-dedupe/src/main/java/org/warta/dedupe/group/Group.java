package org.warta.dedupe.group;

import java.util.ArrayList;
import java.util.List;

/**
 * A duplicate group while the detector tracks it: its stable id, its members in order of addition
 * and the newest member's sequence number (the group is forgotten once that one leaves the window).
 */
public final class Group {
  private final long id;
  private final long founderSeq;
  private final List<Member> members = new ArrayList<>();

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

  public List<Member> members() {
    return members;
  }

  void add(Member m) {
    members.add(m);
  }

  /** Sequence number of the newest member. */
  public long newestSeq() {
    long n = Long.MIN_VALUE;
    for (Member m : members) {
      n = Math.max(n, m.seq());
    }
    return n;
  }
}
