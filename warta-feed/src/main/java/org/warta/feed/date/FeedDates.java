package org.warta.feed.date;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.core.Language;

/**
 * Reads the dates feeds and sitemaps carry into {@link OffsetDateTime}. Understands ISO 8601 / RFC
 * 3339 (with or without fraction, {@code T} or space, zone or none), RFC 822 / RFC 1123 / RFC 2822
 * dates and their wild variants (with or without day name, two-digit years per RFC 2822 section
 * 4.3, single-digit days, missing seconds, named zones such as {@code GMT}, {@code EST} and the
 * Indonesian {@code WIB}/{@code WITA}/{@code WIT}, {@code GMT+7}), RFC 850 and asctime dates, and
 * dates written with English, Indonesian or Malay month and day names ({@code Senin, 2 Maret 2026
 * 14:05 WIB}). Numeric dates without a month name are read year-first or day-first ({@code
 * 02/03/2026} is 2 March), as Indonesian publishers write them. A date without a zone is taken in
 * the given default offset. Never throws: text that is no date gives empty.
 */
public final class FeedDates {
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt"
              + " ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?)?"
              + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

  /** Longer text is no date; bounds the work on hostile input. */
  private static final int MAX_LENGTH = 120;

  private FeedDates() {}

  /** The date in the text, with UTC assumed when the text names no zone. */
  public static Optional<OffsetDateTime> parse(String text) {
    return parse(text, ZoneOffset.UTC);
  }

  /** The date in the text, with {@code missingZone} assumed when the text names no zone. */
  public static Optional<OffsetDateTime> parse(String text, ZoneOffset missingZone) {
    String s = text.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      return iso(iso, missingZone);
    }
    return WildDate.parse(s, missingZone);
  }

  /**
   * The offset to assume for dates without a zone in a document of this language: Western
   * Indonesian Time (UTC+7, Jakarta, where most Indonesian national outlets publish) for
   * Indonesian, Malaysia time (UTC+8) for Malay, UTC otherwise.
   */
  public static ZoneOffset defaultOffset(Language language) {
    return switch (language.code()) {
      case "id" -> ZoneOffset.ofHours(7);
      case "ms" -> ZoneOffset.ofHours(8);
      default -> ZoneOffset.UTC;
    };
  }

  private static Optional<OffsetDateTime> iso(Matcher m, ZoneOffset missingZone) {
    try {
      int nanos = 0;
      if (m.group(7) != null) {
        String fraction = (m.group(7) + "00000000").substring(0, 9);
        nanos = Integer.parseInt(fraction);
      }
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              number(m.group(4)),
              number(m.group(5)),
              Math.min(59, number(m.group(6))),
              nanos);
      ZoneOffset offset = m.group(8) == null ? missingZone : offset(m.group(8));
      return Optional.of(OffsetDateTime.of(local, offset));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int number(String group) {
    return group == null ? 0 : Integer.parseInt(group);
  }

  /** Reads {@code Z}, {@code UTC}, {@code +07}, {@code +0700} or {@code +07:00}. */
  static ZoneOffset offset(String text) {
    if (!text.startsWith("+") && !text.startsWith("-")) {
      return ZoneOffset.UTC;
    }
    String digits = text.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, Math.min(2, digits.length())));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    if (digits.length() == 3) { // "+700"
      hours = Integer.parseInt(digits.substring(0, 1));
      minutes = Integer.parseInt(digits.substring(1));
    }
    int sign = text.startsWith("-") ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
