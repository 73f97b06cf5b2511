package org.warta.feed.date;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The lenient reader behind {@link FeedDates} for everything that is not ISO 8601: the text is cut
 * into words, numbers, a time and an offset, and each part is recognised by what it is rather than
 * where it stands, so that word order, day names and punctuation do not matter.
 */
final class WildDate {
  private static final Pattern NUMERIC_DATE =
      Pattern.compile(".*(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}).*");

  /** What the text says, filled while reading tokens. */
  private static final class Parts {
    final List<String> numbers = new ArrayList<>(4);
    int month;
    int[] time; // hour, minute, second
    ZoneOffset offset;
    ZoneOffset namedZone;
    boolean utcName;
    int ampm; // 0 none, 1 am, 2 pm
    boolean unknownWord;
  }

  private WildDate() {}

  static Optional<OffsetDateTime> parse(String text, ZoneOffset missingZone) {
    Parts parts = new Parts();
    String s = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        i = word(s, i, parts);
      } else if (isDigit(c)) {
        i = digits(s, i, parts);
      } else if ((c == '+' || c == '-')
          && i + 1 < s.length()
          && isDigit(s.charAt(i + 1))
          && (parts.time != null || parts.utcName)) {
        i = offset(s, i, parts);
      } else {
        i++;
      }
    }
    if (parts.unknownWord && parts.month == 0) {
      return Optional.empty();
    }
    return assemble(parts, text, missingZone);
  }

  private static int word(String s, int start, Parts parts) {
    int i = start;
    while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '\'')) {
      i++;
    }
    String w = s.substring(start, i);
    Optional<Integer> month = DateWords.month(w);
    Optional<ZoneOffset> zone = DateWords.zone(w);
    if (month.isPresent() && parts.month == 0) {
      parts.month = month.get();
    } else if (zone.isPresent()) {
      parts.namedZone = zone.get();
      parts.utcName = DateWords.isUtcName(w);
    } else if (w.equals("am") || w.equals("pm")) {
      parts.ampm = w.equals("am") ? 1 : 2;
    } else if (!DateWords.isDay(w) && !DateWords.isFiller(w)) {
      parts.unknownWord = true;
    }
    return i;
  }

  private static int digits(String s, int start, Parts parts) {
    int i = start;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    String first = s.substring(start, i);
    if (first.length() <= 2 && parts.time == null && isTimeSeparator(s, i)) {
      return time(s, start, parts);
    }
    parts.numbers.add(first);
    return i;
  }

  private static boolean isTimeSeparator(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    boolean moreDigits = i + 3 < s.length() && isDigit(s.charAt(i + 3));
    if (!twoDigits(s, i + 1) || moreDigits || (c != ':' && c != '.')) {
      return false;
    }
    if (c == ':') {
      return true;
    }
    // "14.05" is a time (Indonesian style) unless it continues as a date "02.03.2026"
    int after = i + 3;
    return after + 1 >= s.length() || s.charAt(after) != '.' || !isDigit(s.charAt(after + 1));
  }

  private static boolean twoDigits(String s, int i) {
    return i + 1 < s.length() && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1));
  }

  private static int time(String s, int start, Parts parts) {
    int[] t = new int[3];
    int i = start;
    for (int field = 0; field < 3; field++) {
      int from = i;
      while (i < s.length() && isDigit(s.charAt(i)) && i - from < 2) {
        i++;
      }
      t[field] = Integer.parseInt(s.substring(from, i));
      if (field == 2 || i >= s.length() || !isTimeSeparator(s, i)) {
        break;
      }
      i++;
    }
    while (i < s.length()
        && (s.charAt(i) == '.' || s.charAt(i) == ',')
        && i + 1 < s.length()
        && isDigit(s.charAt(i + 1))) {
      i++; // fraction of a second, ignored
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
      }
    }
    parts.time = t;
    return i;
  }

  private static int offset(String s, int start, Parts parts) {
    int i = start + 1;
    while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == ':') && i - start <= 5) {
      i++;
    }
    String text = s.substring(start, i);
    try {
      parts.offset =
          FeedDates.offset(text.length() == 2 ? text.charAt(0) + "0" + text.charAt(1) : text);
    } catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
      parts.unknownWord = true;
    }
    return i;
  }

  private static Optional<OffsetDateTime> assemble(Parts p, String text, ZoneOffset missingZone) {
    int[] ymd = p.month != 0 ? withMonthName(p) : numeric(p, text);
    if (ymd.length == 0) {
      return Optional.empty();
    }
    int[] t = p.time == null ? new int[3] : p.time;
    int hour = t[0];
    if (p.ampm == 2 && hour < 12) {
      hour += 12;
    } else if (p.ampm == 1 && hour == 12) {
      hour = 0;
    }
    ZoneOffset zone = p.offset != null ? p.offset : p.namedZone != null ? p.namedZone : missingZone;
    try {
      LocalDateTime local =
          LocalDateTime.of(ymd[0], ymd[1], ymd[2], hour % 24, t[1], Math.min(59, t[2]));
      if (hour == 24) {
        local = local.plusDays(1);
      }
      return Optional.of(OffsetDateTime.of(local, zone));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Day and year among the numbers, when a month name was found. */
  private static int[] withMonthName(Parts p) {
    int day = -1;
    int year = -1;
    for (String n : p.numbers) {
      if (n.length() == 4 && year < 0) {
        year = Integer.parseInt(n);
      } else if (n.length() <= 2 && day < 0) {
        day = Integer.parseInt(n);
      } else if (n.length() <= 2 && year < 0) {
        year = twoDigitYear(Integer.parseInt(n));
      } else {
        return new int[0];
      }
    }
    return day < 1 || year < 0 ? new int[0] : new int[] {year, p.month, day};
  }

  /** Year-first or day-first numeric dates (2026-03-02, 02/03/2026, 02.03.26). */
  private static int[] numeric(Parts p, String text) {
    if (p.numbers.size() != 3 || p.unknownWord || !NUMERIC_DATE.matcher(text).matches()) {
      return new int[0];
    }
    String a = p.numbers.get(0);
    String c = p.numbers.get(2);
    int middle = Integer.parseInt(p.numbers.get(1));
    if (a.length() == 4) {
      return new int[] {Integer.parseInt(a), middle, Integer.parseInt(c)};
    }
    int year = c.length() == 4 ? Integer.parseInt(c) : twoDigitYear(Integer.parseInt(c));
    return new int[] {year, middle, Integer.parseInt(a)};
  }

  /** RFC 2822 section 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999. */
  static int twoDigitYear(int yy) {
    return yy < 50 ? 2000 + yy : 1900 + yy;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
