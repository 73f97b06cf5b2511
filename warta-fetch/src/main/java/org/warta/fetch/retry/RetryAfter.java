package org.warta.fetch.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Retry-After} header (RFC 9110 section 10.2.3): either {@code delay-seconds} (a
 * non-negative decimal integer) or an {@code HTTP-date} (IMF-fixdate, and the obsolete RFC 850 and
 * asctime forms that section 5.6.7 says recipients must accept). Anything else is ignored.
 */
public final class RetryAfter {
  private RetryAfter() {}

  /** RFC 850 dates: two-digit years are read as 1970-2069. */
  private static final DateTimeFormatter RFC_850 =
      new java.time.format.DateTimeFormatterBuilder()
          .appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.ENGLISH)
          .withZone(java.time.ZoneOffset.UTC);

  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH)
          .withZone(java.time.ZoneOffset.UTC);

  /**
   * The instant the header names, relative to {@code now} for delay-seconds; empty when the value
   * is missing or malformed. Dates in the past yield {@code now}.
   */
  public static Optional<Instant> parse(String value, Instant now) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      long seconds = v.length() > 12 ? Long.MAX_VALUE / 1000 : Long.parseLong(v);
      return Optional.of(now.plus(Duration.ofSeconds(Math.min(seconds, 100L * 365 * 86_400))));
    }
    return httpDate(v).map(t -> t.isBefore(now) ? now : t);
  }

  /** Parses an HTTP-date in any of the three forms of RFC 9110 section 5.6.7. */
  public static Optional<Instant> httpDate(String value) {
    for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME}) {
      try {
        return Optional.of(ZonedDateTime.parse(value, f).toInstant());
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    for (DateTimeFormatter f : new DateTimeFormatter[] {RFC_850, ASCTIME}) {
      try {
        return Optional.of(Instant.from(f.parse(value)));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /** Formats an instant as an IMF-fixdate, e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
  public static String format(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(java.time.ZoneOffset.UTC));
  }
}
