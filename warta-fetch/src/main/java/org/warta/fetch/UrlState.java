package org.warta.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.warta.core.Check;

/**
 * What the fetcher remembers about one URL across sources, rounds and commands: the validators of
 * the last 200, and the window in which the URL must not be asked again (a server's Retry-After, or
 * the exponential backoff after failures). Kept by a {@link UrlStateStore}.
 *
 * @param key the URL as {@link #keyOf(URI)} normalises it
 * @param validators from the last 2xx response (sent back when polling)
 * @param notBefore no request before this instant, when present
 * @param hold why {@code notBefore} is set
 * @param consecutiveFailures failed attempts since the last success
 * @param lastAttempt when a request last went out
 * @param lastStatus the HTTP status of that request, 0 when no response arrived
 */
public record UrlState(
    String key,
    Validators validators,
    Optional<Instant> notBefore,
    Hold hold,
    int consecutiveFailures,
    Optional<Instant> lastAttempt,
    int lastStatus) {

  /** Why a URL is held back. */
  public enum Hold {
    /** Not held. */
    NONE,
    /** The server sent Retry-After (429 or 503). */
    RETRY_AFTER,
    /** Failures in a row: exponential backoff with jitter. */
    BACKOFF
  }

  public UrlState {
    Check.notBlank(key, "URL state key");
    Check.notNegative(consecutiveFailures, "consecutiveFailures");
    Check.notNegative(lastStatus, "lastStatus");
    if (notBefore.isEmpty() != (hold == Hold.NONE)) {
      throw new IllegalArgumentException(
          "URL state of " + key + ": notBefore and hold must be set together, got " + hold);
    }
  }

  /** The state of a URL never fetched. */
  public static UrlState fresh(String key) {
    return new UrlState(key, Validators.NONE, Optional.empty(), Hold.NONE, 0, Optional.empty(), 0);
  }

  /**
   * The store key of a URL: scheme and host lower-cased, default port and fragment dropped; path
   * and query kept as sent (two spellings that a server may treat differently stay apart).
   */
  public static String keyOf(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
  }

  /** Whether the URL is held back at {@code now}. */
  public boolean isHeldAt(Instant now) {
    return notBefore.isPresent() && now.isBefore(notBefore.get());
  }
}
