package org.warta.extract.metadata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A date (and time) read from a page, with the zone the page gave for it if any.
 *
 * @param local the wall-clock date and time as printed (midnight when only a date was given)
 * @param zone the offset or zone printed with it ({@code +07:00}, "WIB", "ET"), if any
 * @param hasTime whether a time of day was given
 */
public record FoundDate(LocalDateTime local, Optional<ZoneId> zone, boolean hasTime) {

  /** The date as printed: the page's own calendar day. */
  public LocalDate date() {
    return local.toLocalDate();
  }

  /** The moment, using {@code fallback} when the page gave no zone. */
  public OffsetDateTime resolve(ZoneId fallback) {
    return local.atZone(zone.orElse(fallback)).toOffsetDateTime();
  }

  /** The same moment seen in another zone, keeping dates without time as they are. */
  public FoundDate in(ZoneId target) {
    if (zone.isEmpty() || !hasTime) {
      return this;
    }
    LocalDateTime moved = local.atZone(zone.get()).withZoneSameInstant(target).toLocalDateTime();
    return new FoundDate(moved, Optional.of(target), true);
  }

  /** As {@link #in(ZoneId)} when the page's zone is known, else this date as it is. */
  public FoundDate in(Optional<ZoneId> pageZone) {
    return pageZone.isPresent() ? in(pageZone.get()) : this;
  }
}
