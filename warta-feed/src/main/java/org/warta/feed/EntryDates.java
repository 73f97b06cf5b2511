package org.warta.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.warta.feed.date.FeedDates;

/**
 * Parses the date fields of one document with the zone its language implies, and reports each date
 * it could not read once as a warning (a publisher's template bug shows on every item).
 */
public final class EntryDates {
  private final ZoneOffset missingZone;
  private final List<String> warnings;

  /** Dates without zone are read in {@code missingZone}; warnings go to the given list. */
  public EntryDates(ZoneOffset missingZone, List<String> warnings) {
    this.missingZone = missingZone;
    this.warnings = warnings;
  }

  /** The same reader and warnings, with another zone for dates that name none. */
  public EntryDates withMissingZone(ZoneOffset zone) {
    return new EntryDates(zone, warnings);
  }

  /** The first of the texts that holds a readable date. */
  public Optional<OffsetDateTime> first(String... texts) {
    for (String text : texts) {
      if (text.isBlank()) {
        continue;
      }
      Optional<OffsetDateTime> date = FeedDates.parse(text, missingZone);
      if (date.isPresent()) {
        return date;
      }
      String warning = "unreadable date '" + text.strip() + "'";
      if (!warnings.contains(warning) && warnings.size() < 50) {
        warnings.add(warning);
      }
    }
    return Optional.empty();
  }
}
