package org.warta.extract.metadata;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.warta.extract.ResourceLines;

/**
 * Month names and time-zone abbreviations, loaded from {@code months.tsv} and {@code zones.tsv}.
 */
final class CalendarWords {
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, ZoneId> ZONES = new HashMap<>();

  /** A regex alternation of every month name, longest first. */
  static final String MONTH_ALTERNATION;

  /** A regex alternation of every zone abbreviation, longest first. */
  static final String ZONE_ALTERNATION;

  static {
    for (String[] row : ResourceLines.read("/org/warta/extract/metadata/months.tsv")) {
      int month = Integer.parseInt(row[0]);
      for (int i = 1; i < row.length; i++) {
        MONTHS.put(row[i].toLowerCase(Locale.ROOT), month);
      }
    }
    for (String[] row : ResourceLines.read("/org/warta/extract/metadata/zones.tsv")) {
      ZONES.put(
          row[0],
          row[1].startsWith("+") || row[1].equals("Z") ? ZoneOffset.of(row[1]) : ZoneId.of(row[1]));
    }
    MONTH_ALTERNATION = alternation(MONTHS.keySet().stream().toList());
    ZONE_ALTERNATION = alternation(ZONES.keySet().stream().toList());
  }

  private CalendarWords() {}

  /** Every month name, lower-cased as {@link #MONTH_ALTERNATION} holds it. */
  static java.util.Set<String> monthNames() {
    return java.util.Collections.unmodifiableSet(MONTHS.keySet());
  }

  static Optional<Integer> month(String name) {
    return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", "")));
  }

  static Optional<ZoneId> zone(String abbreviation) {
    return Optional.ofNullable(ZONES.get(abbreviation));
  }

  private static String alternation(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> java.util.regex.Pattern.quote(w))
        .collect(Collectors.joining("|"));
  }
}
