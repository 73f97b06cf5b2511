package org.warta.dedupe.group;

import java.util.List;
import org.warta.core.CanonicalUrl;

/**
 * What a group keeps about each member for attribution.
 *
 * @param seq the member's sequence number in the window (order of addition)
 * @param id the caller's article id
 * @param publishedMinute publication time (or time seen), minutes since the epoch
 * @param agency the number of the agency it credits ({@link Agencies}), 0 for none
 * @param outlet whether it was published on that agency's own site
 * @param urlHash hash of its URL identity
 * @param site key of its registrable domain (at most 20 bits)
 * @param hints the pages it names as its original
 */
public record Member(
    long seq,
    long id,
    int publishedMinute,
    int agency,
    boolean outlet,
    int urlHash,
    int site,
    List<CanonicalUrl> hints) {
  public Member {
    hints = List.copyOf(hints);
  }
}
