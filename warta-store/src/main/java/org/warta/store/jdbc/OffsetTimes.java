package org.warta.store.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the {@code published} and {@code modified} columns, written by {@link
 * OffsetDateTime#toString()} ({@code 2026-11-28T09:05+07:00}, {@code 2026-11-28T09:05:30.250Z}).
 * That one shape is read directly; anything else goes through {@link OffsetDateTime#parse}, whose
 * general formatter cost a twentieth of an article page's time.
 */
final class OffsetTimes {
  private OffsetTimes() {}

  static OffsetDateTime parse(String text) {
    OffsetDateTime fast = fast(text);
    return fast != null ? fast : OffsetDateTime.parse(text);
  }

  /** The value of {@code yyyy-MM-ddTHH:mm[:ss[.fraction]](Z|±HH:MM)}, or null for other text. */
  static OffsetDateTime fast(String s) {
    int n = s.length();
    if (n < 17
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int at = 16;
    int second = 0;
    int nanos = 0;
    if (at < n && s.charAt(at) == ':') {
      second = digits(s, at + 1, 2);
      at += 3;
      if (at < n && s.charAt(at) == '.') {
        int start = ++at;
        while (at < n && at - start < 9 && Character.isDigit(s.charAt(at))) {
          nanos = nanos * 10 + (s.charAt(at) - '0');
          at++;
        }
        if (at == start) {
          return null;
        }
        for (int k = at - start; k < 9; k++) {
          nanos *= 10;
        }
      }
    }
    ZoneOffset offset = offset(s, at);
    if (year < 0
        || month < 0
        || day < 0
        || hour < 0
        || minute < 0
        || second < 0
        || offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String s, int at) {
    int n = s.length();
    if (at == n - 1 && s.charAt(at) == 'Z') {
      return ZoneOffset.UTC;
    }
    if (at != n - 6 || s.charAt(at + 3) != ':') {
      return null;
    }
    char sign = s.charAt(at);
    int hours = digits(s, at + 1, 2);
    int minutes = digits(s, at + 4, 2);
    if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0) {
      return null;
    }
    try {
      return sign == '+'
          ? ZoneOffset.ofHoursMinutes(hours, minutes)
          : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The number written by {@code count} digits at {@code from}, or -1. */
  private static int digits(String s, int from, int count) {
    if (from + count > s.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
