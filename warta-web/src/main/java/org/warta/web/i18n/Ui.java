package org.warta.web.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a page needs to speak to one reader: the interface language ({@code id} or {@code en}), its
 * texts, the reader's time zone for dates and the path of the page (for the language switch).
 * Templates call {@link #t} and the date methods.
 */
public record Ui(String lang, Messages messages, ZoneId zone, String path) {
  private static final Map<String, Locale> LOCALES =
      Map.of("id", Locale.forLanguageTag("id-ID"), "en", Locale.forLanguageTag("en-GB"));
  private static final Map<String, String> ZONE_NAMES =
      Map.of("Asia/Jakarta", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

  /** The interface text for {@code key}. */
  public String t(String key, Object... args) {
    return messages.get(key, args);
  }

  /** The page's path and query, percent-encoded for a {@code next=} parameter. */
  public String nextParam() {
    return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The other interface language, for the language switch. */
  public String otherLang() {
    return lang.equals("id") ? "en" : "id";
  }

  public Locale locale() {
    return LOCALES.get(lang);
  }

  /** A date and time in the reader's language and zone, e.g. "Sabtu, 28 Nov 2026 09.00 WIB". */
  public String date(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    DateTimeFormatter f =
        formatter(lang.equals("id") ? "EEEE, d MMM yyyy HH.mm" : "EEEE, d MMM yyyy, HH:mm");
    return f.format(local) + " " + zoneName(local);
  }

  /** A publication time, or the empty string when unknown. */
  public String date(Optional<OffsetDateTime> time) {
    return time.map(t -> date(t.toInstant())).orElse("");
  }

  /** A day without time: "28 November 2026". */
  public String day(Instant instant) {
    return formatter("d MMMM yyyy").format(instant.atZone(zone));
  }

  /** A short time for lists: "09.00" on the day of {@code now}, else "28 Nov 09.00". */
  public String shortDate(Instant instant, Instant now) {
    ZonedDateTime local = instant.atZone(zone);
    boolean today = local.toLocalDate().equals(now.atZone(zone).toLocalDate());
    String time = lang.equals("id") ? "HH.mm" : "HH:mm";
    String pattern = today ? time : "d MMM " + time;
    return formatter(pattern).format(local);
  }

  // a page formats dozens of dates: patterns are parsed once per language, not per date
  private static final java.util.concurrent.ConcurrentMap<String, DateTimeFormatter> FORMATTERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private DateTimeFormatter formatter(String pattern) {
    return FORMATTERS.computeIfAbsent(
        lang + "|" + pattern, k -> DateTimeFormatter.ofPattern(pattern, locale()));
  }

  /** ISO 8601 for {@code <time datetime>}. */
  public String iso(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
  }

  /** A count with the language's grouping: "12.345" or "12,345". */
  public String number(long n) {
    return NumberFormat.getIntegerInstance(locale()).format(n);
  }

  /** The zone as readers know it: "WIB", "WITA", "WIT", else its id. */
  public String zoneLabel() {
    return zoneLabel(zone.getId());
  }

  /** The label of any zone id, for the zone menu. */
  public static String zoneLabel(String zoneId) {
    String known = ZONE_NAMES.get(zoneId);
    return known != null ? known + " (" + zoneId + ")" : zoneId;
  }

  /** The name of a language code in the interface language ("Indonesia", "English"). */
  public String languageName(String code) {
    if (code.isBlank() || code.equals("und")) {
      return t("lang.unknown");
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(locale());
    return name.isBlank() ? code : name;
  }

  private static String zoneName(ZonedDateTime t) {
    String known = ZONE_NAMES.get(t.getZone().getId());
    return known != null ? known : t.getOffset().getId().replace("Z", "UTC");
  }
}
