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
    WIRE_CREDIT,
    EARLIEST_PUBLICATION
  }
}
