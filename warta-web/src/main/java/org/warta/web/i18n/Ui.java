package org.warta.web.i18n;

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
 * texts, and the reader's time zone for dates. Templates call {@link #t} and {@link #date}.
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

  /** The other interface language, for the language switch. */
  public String otherLang() {
    return lang.equals("id") ? "en" : "id";
  }

  /** A date and time in the reader's language and zone, e.g. "Sabtu, 28 Nov 2026 09.00 WIB". */
  public String date(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    DateTimeFormatter f =
        DateTimeFormatter.ofPattern(
            lang.equals("id") ? "EEEE, d MMM yyyy HH.mm" : "EEEE, d MMM yyyy, HH:mm",
            LOCALES.get(lang));
    return f.format(local) + " " + zoneName(local);
  }

  /** A publication time, or the empty string when unknown. */
  public String date(Optional<OffsetDateTime> time) {
    return time.map(t -> date(t.toInstant())).orElse("");
  }

  /** A short time for lists: "09.00" today, else "28 Nov". */
  public String shortDate(Instant instant, Instant now) {
    ZonedDateTime local = instant.atZone(zone);
    boolean today = local.toLocalDate().equals(now.atZone(zone).toLocalDate());
    String pattern = today ? (lang.equals("id") ? "HH.mm" : "HH:mm") : "d MMM";
    return DateTimeFormatter.ofPattern(pattern, LOCALES.get(lang)).format(local);
  }

  /** ISO 8601 for {@code <time datetime>}. */
  public String iso(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
  }

  private static String zoneName(ZonedDateTime t) {
    String known = ZONE_NAMES.get(t.getZone().getId());
    return known != null ? known : t.getOffset().getId().replace("Z", "UTC");
  }
}
