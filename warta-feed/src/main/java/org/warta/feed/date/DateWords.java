package org.warta.feed.date;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words dates are written with in Warta's languages: English, Indonesian and Malay month and
 * day names (full and abbreviated) and the zone abbreviations seen in feeds, including the
 * Indonesian WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9).
 */
final class DateWords {
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, ZoneOffset> ZONES = new HashMap<>();

  private static final Set<String> DAYS =
      Set.of(
          "mon",
          "monday",
          "tue",
          "tues",
          "tuesday",
          "wed",
          "weds",
          "wednesday",
          "thu",
          "thur",
          "thurs",
          "thursday",
          "fri",
          "friday",
          "sat",
          "saturday",
          "sun",
          "sunday",
          "senin",
          "sen",
          "selasa",
          "sel",
          "rabu",
          "rab",
          "kamis",
          "kam",
          "jumat",
          "jum'at",
          "jum",
          "sabtu",
          "sab",
          "minggu",
          "min",
          "ahad",
          "isnin",
          "khamis");

  /** Words that may stand between date parts and mean nothing for the value. */
  private static final Set<String> FILLERS =
      Set.of("at", "on", "of", "the", "pukul", "jam", "pkl", "tanggal", "tgl", "t", "de");

  static {
    month(1, "jan", "january", "januari");
    month(2, "feb", "february", "februari", "pebruari", "peb");
    month(3, "mar", "march", "maret", "mac");
    month(4, "apr", "april");
    month(5, "may", "mei");
    month(6, "jun", "june", "juni");
    month(7, "jul", "july", "juli", "julai");
    month(8, "aug", "august", "agustus", "agu", "agt", "ags", "agus", "ogos", "ogo");
    month(9, "sep", "sept", "september");
    month(10, "oct", "october", "okt", "oktober");
    month(11, "nov", "november", "nop", "nopember");
    month(12, "dec", "december", "des", "desember", "dis", "disember");
    zone(0, "ut", "utc", "gmt", "z", "wet", "zulu");
    zone(-5, "est", "cdt");
    zone(-4, "edt", "ast");
    zone(-6, "cst", "mdt");
    zone(-7, "mst", "pdt");
    zone(-8, "pst", "akdt");
    zone(-3, "adt", "brt");
    zone(1, "cet", "bst", "west", "wat");
    zone(2, "cest", "eet", "sast", "cat");
    zone(3, "eest", "msk", "eat");
    zone(7, "wib", "ict");
    zone(8, "wita", "sgt", "myt", "hkt", "pht", "awst");
    zone(9, "wit", "jst", "kst");
    zone(10, "aest");
    zone(11, "aedt");
    zone(12, "nzst");
    zone(13, "nzdt");
    ZONES.put("ist", ZoneOffset.ofHoursMinutes(5, 30));
  }

  private DateWords() {}

  private static void month(int number, String... names) {
    for (String name : names) {
      MONTHS.put(name, number);
    }
  }

  private static void zone(int hours, String... names) {
    for (String name : names) {
      ZONES.put(name, ZoneOffset.ofHours(hours));
    }
  }

  /** The month (1-12) a lower-case word names. */
  static Optional<Integer> month(String word) {
    return Optional.ofNullable(MONTHS.get(word));
  }

  /** The offset a lower-case zone abbreviation stands for. */
  static Optional<ZoneOffset> zone(String word) {
    return Optional.ofNullable(ZONES.get(word));
  }

  static boolean isDay(String word) {
    return DAYS.contains(word);
  }

  static boolean isFiller(String word) {
    return FILLERS.contains(word);
  }

  /** Whether the zone word is UTC itself, after which "+7" means an offset (GMT+7). */
  static boolean isUtcName(String word) {
    return word.equals("gmt") || word.equals("utc") || word.equals("ut");
  }
}
