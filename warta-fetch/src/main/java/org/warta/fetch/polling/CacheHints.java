package org.warta.fetch.polling;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.warta.core.ResponseHeaders;

/**
 * Freshness hints of a response for polling: {@code Cache-Control: max-age} (RFC 9111 section
 * 5.2.2.1; {@code s-maxage} wins as for a shared cache). {@code no-cache}/{@code no-store} give no
 * hint: they say nothing about how often the content changes.
 */
public final class CacheHints {
  private CacheHints() {}

  /** The max-age of the response, if it declares one. */
  public static Optional<Duration> maxAge(ResponseHeaders headers) {
    Optional<Duration> maxAge = Optional.empty();
    for (String value : headers.all("cache-control")) {
      for (String directive : value.split(",")) {
        String[] kv = directive.strip().toLowerCase(Locale.ROOT).split("=", 2);
        if (kv.length == 2 && (kv[0].equals("s-maxage") || kv[0].equals("max-age"))) {
          Optional<Duration> parsed = seconds(kv[1]);
          if (kv[0].equals("s-maxage") && parsed.isPresent()) {
            return parsed;
          }
          maxAge = maxAge.or(() -> parsed);
        }
      }
    }
    return maxAge;
  }

  private static Optional<Duration> seconds(String text) {
    String t = text.strip().replace("\"", "");
    if (t.isEmpty() || t.length() > 10 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Long.parseLong(t)));
  }
}
