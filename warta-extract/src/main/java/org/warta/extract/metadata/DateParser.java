package org.warta.extract.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as pages write them. {@link #machine} reads attribute values (ISO 8601 / RFC 3339
 * with or without offset, RFC 1123, compact {@code 20241203}, citation style {@code 2024 Jun 30});
 * {@link #human} finds a date in visible text in many languages ("Selasa, 03 Desember 2024, 06:10
 * WIB", "Dec. 3, 2024 at 6:10 a.m. ET", "3. Dezember 2024", "3 de diciembre de 2024",
 * "2024年12月3日"), with a time and zone abbreviation when printed next to it. Years outside
 * 1990..2100 are ignored. Never throws.
 */
public final class DateParser {
  private static final String L = "(?<![\\p{L}])";
  private static final String R = "(?![\\p{L}])";
  private static final String MONTH = L + "(" + CalendarWords.MONTH_ALTERNATION + ")" + R + "\\.?";
  private static final Pattern DMY =
      Pattern.compile(
          "(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?:\\s*(?:de\\s+)?|[-/])"
              + MONTH
              + "(?:,?\\s*(?:de\\s+|del\\s+)?|[-/])(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MDY =
      Pattern.compile(
          MONTH + "\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s*(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern YMD =
      Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d.])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)");
  private static final Pattern CJK =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern TIME =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})[:.h](\\d{2})(?:[:.](\\d{2}))?(?!\\d)\\s*([aApP]\\.?\\s?[mM]\\.?(?![\\p{L}]))?"
              + "(?:\\s*\\(?("
              + CalendarWords.ZONE_ALTERNATION
              + ")(?![\\p{L}])\\)?"
              + "|\\s*(?:GMT|UTC)?\\s*([+-]\\d{1,2}(?::?\\d{2})?))?");
  private static final Pattern ZONE_ONLY =
      Pattern.compile("^\\W{0,3}(" + CalendarWords.ZONE_ALTERNATION + ")(?![\\p{L}])");
  private static final Pattern ISO_LIKE =
      Pattern.compile(
          "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{2}):?(\\d{2})(?::?(\\d{2}))?(?:[.,]\\d+)?\\s*"
              + "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

  /**
   * Year, month name, day: "2024 Jun 30", as citation meta tags ({@code citation_publication_date})
   * of journal pages write it. Read in attribute values only.
   */
  private static final Pattern YEAR_MONTH_NAME_DAY =
      Pattern.compile(
          "(\\d{4})\\s+" + MONTH + "\\s+(\\d{1,2})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DateParser() {}

  /** An attribute value: ISO 8601 / RFC 3339 (offset optional), RFC 1123, or a compact date. */
  public static Optional<FoundDate> machine(String value) {
    String v = Digits.ascii(value.strip());
    if (v.isEmpty() || v.length() > 80) {
      return Optional.empty();
    }
    Matcher m = ISO_LIKE.matcher(v);
    if (m.lookingAt()) {
      return iso(m);
    }
    if (v.indexOf(':') >= 0) { // RFC 1123 needs a time ("HH:mm"); a failed parse throws, slowly
      try {
        ZonedDateTime z = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        return plausible(new FoundDate(z.toLocalDateTime(), Optional.of(z.getOffset()), true));
      } catch (DateTimeParseException e) {
        // not RFC 1123: read on
      }
    }
    Matcher named = YEAR_MONTH_NAME_DAY.matcher(v);
    if (named.lookingAt()) {
      Optional<DateAt> d = namedDate(named, 3, 2, 1);
      if (d.isPresent()) {
        return plausible(new FoundDate(d.get().date().atStartOfDay(), Optional.empty(), false));
      }
    }
    return human(v, false);
  }

  /** The first date in visible text; {@code monthFirst} reads 03/04/2024 as March 4th. */
  public static Optional<FoundDate> human(String text, boolean monthFirst) {
    String t = Digits.ascii(text);
    if (t.length() > 2000) {
      t = t.substring(0, 2000);
    }
    int shapes = shapes(t);
    if (shapes == 0) {
      return Optional.empty(); // every pattern needs a four-digit year
    }
    Optional<DateAt> best = Optional.empty();
    if ((shapes & CJK_YEAR) != 0 && t.indexOf('年') >= 0) {
      best = earliest(best, cjk(t));
    }
    int firstMonth = (shapes & NAMED) == NAMED ? WordStarts.MONTHS.next(t, 0) : -1;
    if (firstMonth >= 0) { // both patterns need a month name
      best = earliest(best, named(DMY.matcher(t), 1, 2, 3));
      best = earliest(best, monthFirst(t, firstMonth));
    }
    if ((shapes & YEAR_FIRST) != 0) {
      best = earliest(best, numeric(YMD, t, 1, 2, 3));
    }
    if ((shapes & YEAR_LAST) != 0) {
      best = earliest(best, numeric(NUMERIC, t, 3, monthFirst ? 1 : 2, monthFirst ? 2 : 1));
    }
    if (best.isEmpty()) {
      return Optional.empty();
    }
    DateAt d = best.get();
    return withTime(d.date(), t, d.end()).flatMap(DateParser::plausible);
  }

  /** Four or more ASCII digits in a row: a year for {@link #CJK}. */
  private static final int CJK_YEAR = 1;

  /** Exactly four digits in a row: the year of {@link #DMY} and {@link #MDY}. */
  private static final int YEAR = 2;

  /** One or two digits in a row: the day of {@link #DMY} and {@link #MDY}. */
  private static final int DAY = 4;

  private static final int NAMED = YEAR | DAY;

  /** Exactly four digits, a separator and a digit: the start of {@link #YMD}. */
  private static final int YEAR_FIRST = 8;

  /** A digit, a separator and exactly four digits: the end of {@link #NUMERIC}. */
  private static final int YEAR_LAST = 16;

  /**
   * Which runs of ASCII digits ({@code \d} in the patterns) the text holds, as the bits above: a
   * pattern whose runs are missing cannot match, so it is not run. 0 when no pattern can match.
   */
  private static int shapes(String t) {
    int shapes = 0;
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!asciiDigit(t.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && asciiDigit(t.charAt(i))) {
        i++;
      }
      int run = i - start;
      if (run <= 2) {
        shapes |= DAY;
      } else if (run >= 4) {
        shapes |= CJK_YEAR;
        if (run == 4) {
          shapes |= YEAR;
          if (i + 1 < n && separator(t.charAt(i)) && asciiDigit(t.charAt(i + 1))) {
            shapes |= YEAR_FIRST;
          }
          if (start >= 2 && separator(t.charAt(start - 1)) && asciiDigit(t.charAt(start - 2))) {
            shapes |= YEAR_LAST;
          }
        }
      }
    }
    return (shapes & CJK_YEAR) == 0 ? 0 : shapes;
  }

  private static boolean asciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean separator(char c) {
    return c == '-' || c == '/' || c == '.';
  }

  private record DateAt(LocalDate date, int start, int end) {}

  private static Optional<DateAt> earliest(Optional<DateAt> a, Optional<DateAt> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isPresent() && b.get().start() < a.get().start() ? b : a;
  }

  private static Optional<DateAt> named(Matcher m, int dayGroup, int monthGroup, int yearGroup) {
    while (m.find()) {
      Optional<DateAt> date = namedDate(m, dayGroup, monthGroup, yearGroup);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * {@link #MDY}'s first date, its match tried only where {@link WordStarts#MONTHS} lets a month
   * name start (every match of it starts with one): what {@code find()} would return, since a match
   * found by {@code find()} is the anchored match at its start, and the look-behind sees the text
   * before the region through transparent bounds.
   */
  private static Optional<DateAt> monthFirst(String t, int firstMonth) {
    Matcher m = MDY.matcher(t).useTransparentBounds(true);
    // find() goes on after a match that is no date
    for (int from = firstMonth; WordStarts.MONTHS.findFrom(m, t, from); from = m.end()) {
      Optional<DateAt> date = namedDate(m, 2, 1, 3);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<DateAt> namedDate(
      Matcher m, int dayGroup, int monthGroup, int yearGroup) {
    Optional<Integer> month = CalendarWords.month(m.group(monthGroup));
    Optional<LocalDate> date = month.flatMap(mo -> date(m.group(yearGroup), mo, m.group(dayGroup)));
    return date.map(d -> new DateAt(d, m.start(), m.end()));
  }

  private static Optional<DateAt> numeric(
      Pattern p, String t, int yearGroup, int monthGroup, int dayGroup) {
    Matcher m = p.matcher(t);
    while (m.find()) {
      int month = Integer.parseInt(m.group(monthGroup));
      int day = Integer.parseInt(m.group(dayGroup));
      if (month > 12 && day <= 12) { // 25/12/2024 read month-first is day-first
        int swap = month;
        month = day;
        day = swap;
      }
      Optional<LocalDate> date = date(m.group(yearGroup), month, Integer.toString(day));
      if (date.isPresent()) {
        return Optional.of(new DateAt(date.get(), m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  private static Optional<DateAt> cjk(String t) {
    Matcher m = CJK.matcher(t);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3))
          .map(d -> new DateAt(d, m.start(), m.end()));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Looks for a time within a few characters after the date ("2024, 06:10 WIB", "at 6 p.m."). */
  private static Optional<FoundDate> withTime(LocalDate date, String t, int from) {
    String after = t.substring(from, Math.min(t.length(), from + 40));
    Matcher m = TIME.matcher(after);
    if (!m.find() || m.start() > 16) {
      return Optional.of(new FoundDate(date.atStartOfDay(), zoneOnly(after), false));
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    String ampm = m.group(4);
    if (ampm != null) {
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      return Optional.of(new FoundDate(date.atStartOfDay(), Optional.empty(), false));
    }
    Optional<ZoneId> zone = Optional.empty();
    if (m.group(5) != null) {
      zone = CalendarWords.zone(m.group(5));
    } else if (m.group(6) != null) {
      zone = offset(m.group(6));
    }
    return Optional.of(
        new FoundDate(LocalDateTime.of(date, LocalTime.of(hour, minute)), zone, true));
  }

  private static Optional<ZoneId> zoneOnly(String after) {
    Matcher m = ZONE_ONLY.matcher(after);
    return m.find() ? CalendarWords.zone(m.group(1)) : Optional.empty();
  }

  private static Optional<FoundDate> iso(Matcher m) {
    Optional<LocalDate> date = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    if (date.isEmpty()) {
      return Optional.empty();
    }
    if (m.group(4) == null) {
      return plausible(new FoundDate(date.get().atStartOfDay(), Optional.empty(), false));
    }
    int h = Integer.parseInt(m.group(4));
    int min = Integer.parseInt(m.group(5));
    int s = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    if (h > 23 || min > 59 || s > 59) {
      return plausible(new FoundDate(date.get().atStartOfDay(), Optional.empty(), false));
    }
    Optional<ZoneId> zone = m.group(7) == null ? Optional.empty() : offset(m.group(7));
    return plausible(
        new FoundDate(LocalDateTime.of(date.get(), LocalTime.of(h, min, s)), zone, true));
  }

  private static Optional<ZoneId> offset(String text) {
    String o = text.strip();
    if (o.equals("Z")) {
      return Optional.of(ZoneOffset.UTC);
    }
    String digits = o.substring(1).replace(":", "");
    try {
      int hours =
          Integer.parseInt(
              digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
      int minutes =
          digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
      int sign = o.charAt(0) == '-' ? -1 : 1;
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<FoundDate> plausible(FoundDate d) {
    int y = d.local().getYear();
    return y >= 1990 && y <= 2100 ? Optional.of(d) : Optional.empty();
  }

  /** For tests and callers holding an {@link OffsetDateTime} already. */
  static FoundDate of(OffsetDateTime t) {
    return new FoundDate(t.toLocalDateTime(), Optional.of(t.getOffset()), true);
  }
}
