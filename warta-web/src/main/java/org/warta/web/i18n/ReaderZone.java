package org.warta.web.i18n;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The time zone dates are shown in: the reader's {@code tz} cookie (set by the zone menu, or by
 * {@code warta.js} from the browser's own zone) when it names a real IANA zone, else the site's.
 */
public final class ReaderZone {
  /** The zones the menu offers: Indonesia's three, then UTC. */
  public static final List<String> OFFERED =
      List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC");

  private static final int MAX_LENGTH = 40;

  private ReaderZone() {}

  /** The zone a cookie value names, when it is a region zone such as {@code Asia/Jakarta}. */
  public static Optional<ZoneId> parse(String value) {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (value.equals("UTC")) {
      return Optional.of(ZoneId.of("UTC"));
    }
    if (!value.matches("[A-Za-z]+(/[A-Za-z0-9_+\\-]+){1,2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(value));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  public static ZoneId choose(String cookie, ZoneId siteDefault) {
    return parse(cookie).orElse(siteDefault);
  }
}
