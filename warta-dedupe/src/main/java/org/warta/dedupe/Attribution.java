package org.warta.dedupe;

import java.util.Optional;

/**
 * The credited original of a duplicate group and why it was chosen. The rules apply in this order
 * (issue 5, "Original attribution"):
 *
 * <ol>
 *   <li>{@link Reason#EXPLICIT_SIGNAL}: members name an original themselves (cross-domain
 *       rel=canonical, {@code original-source} / {@code syndication-source} meta, JSON-LD {@code
 *       isBasedOn}); when it is a member, following the chain of such links to its end; when it is
 *       not, the named page.
 *   <li>{@link Reason#CARRIED_PUBLISHER_LINE}: members name only a publisher's site — the promo
 *       line of the publisher they copied, carried along ("... ikuti WhatsApp channel
 *       mediaindonesia.com"), which extraction reports as a site root hint — and a member of the
 *       group is on that site (same registrable domain): the earliest such member. Weaker than an
 *       explicit signal (it names a site, not the page, and a line can be carried by copies of
 *       copies), stronger than a wire credit (which says where the text came from first, not whose
 *       re-write of it was copied: the aggregator copied Media Indonesia's article, which came from
 *       AFP). When no member is on a named site the hint decides nothing.
 *   <li>{@link Reason#WIRE_CREDIT}: the agency most members credit in their byline, dateline or
 *       closing credit ("(AFP/Z-3)"), or the member published on that agency's own site.
 *   <li>{@link Reason#EARLIEST_PUBLICATION}: the member published first.
 * </ol>
 *
 * @param original who is credited
 * @param reason which rule chose it
 * @param upstream when the original is a member that itself credits an agency, that agency: the
 *     next link of the chain (an aggregator copies Media Indonesia, which re-wrote AFP)
 */
public record Attribution(Original original, Reason reason, Optional<String> upstream) {

  /** Which attribution rule decided. */
  public enum Reason {
    EXPLICIT_SIGNAL,
    CARRIED_PUBLISHER_LINE,
    WIRE_CREDIT,
    EARLIEST_PUBLICATION
  }
}
