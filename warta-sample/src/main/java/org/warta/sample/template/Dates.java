package org.warta.sample.template;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as news pages print them, in Indonesian and English. Names come from fixed tables, not from
 * the JDK's locale data, so that output does not change between JDK versions.
 */
public final class Dates {
  private static final String[] ID_DAYS = {
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"
  };
  private static final String[] ID_MONTHS = {
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember"
  };
  private static final String[] ID_MONTHS_SHORT = {
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"
  };
  private static final String[] EN_DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] EN_MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private Dates() {}

  /** "Jumat" */
  public static String idDay(OffsetDateTime t) {
    return ID_DAYS[t.getDayOfWeek().getValue() - 1];
  }

  /** "November" */
  public static String idMonth(OffsetDateTime t) {
    return ID_MONTHS[t.getMonthValue() - 1];
  }

  /** "Nov" */
  public static String idMonthShort(OffsetDateTime t) {
    return ID_MONTHS_SHORT[t.getMonthValue() - 1];
  }

  /** "Friday" */
  public static String enDay(OffsetDateTime t) {
    return EN_DAYS[t.getDayOfWeek().getValue() - 1];
  }

  /** "November" */
  public static String enMonth(OffsetDateTime t) {
    return EN_MONTHS[t.getMonthValue() - 1];
  }

  /** "07:05" */
  public static String hhmm(OffsetDateTime t) {
    return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
  }

  /** "9:40 am" */
  public static String clock12(OffsetDateTime t) {
    int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    return String.format(
        Locale.ROOT, "%d:%02d %s", h, t.getMinute(), t.getHour() < 12 ? "am" : "pm");
  }

  /** "Jumat, 20 November 2026" */
  public static String idLong(OffsetDateTime t) {
    return idDay(t) + ", " + t.getDayOfMonth() + " " + idMonth(t) + " " + t.getYear();
  }

  /** ISO 8601 with the page's offset, seconds included: "2026-11-20T07:30:00+07:00". */
  public static String iso(OffsetDateTime t) {
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** ISO 8601 in UTC: "2026-11-20T00:30:00Z". */
  public static String isoUtc(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** "20/11/2026" */
  public static String dmy(OffsetDateTime t) {
    return String.format(
        Locale.ROOT, "%02d/%02d/%04d", t.getDayOfMonth(), t.getMonthValue(), t.getYear());
  }
}
