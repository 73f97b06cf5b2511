package org.warta.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.warta.fetch.guard.HostAllowlist;

/**
 * Every knob of the {@link Fetcher}, validated at construction with messages that name the key.
 * {@link #defaults()} needs no configuration; the CLI maps its configuration file onto this record.
 *
 * @param userAgent sent on every request and matched against robots.txt groups by its product token
 *     (the part before the first {@code /})
 * @param connectTimeout TCP + TLS connect
 * @param readTimeout the longest silence while waiting for headers or between body bytes
 * @param totalTimeout the whole fetch, redirects and body included: ends slow drips
 * @param maxResponseBytes bytes on the wire (compressed), whatever Content-Length says
 * @param maxDecompressedBytes bytes after gzip/deflate decoding (compression bombs)
 * @param maxBufferedBytes body bytes all fetches in progress may buffer together (heap guard when
 *     many large or endless responses arrive at once); at least {@code maxDecompressedBytes}
 * @param maxRedirects redirects followed per fetch (loops are detected before that)
 * @param perOriginConcurrency requests in flight at once per origin (scheme, host, port)
 * @param minDelayPerOrigin minimum time between two request starts on one origin
 * @param maxCrawlDelay a robots.txt Crawl-delay above this is capped to it
 * @param robotsCacheTtl how long robots.txt rules are reused (RFC 9309: at most 24 hours)
 * @param robotsRetryAfterFailure how long an origin stays closed after its robots.txt was
 *     unreachable or answered 5xx
 * @param backoffBase the first backoff after a failure; doubles with each failure in a row
 * @param backoffMax the longest backoff
 * @param maxRetryAfter a server's Retry-After longer than this is capped to it
 * @param allowedHosts host names ({@code intranet.example}, {@code *.corp.example}), IPs or CIDRs
 *     that may resolve to private addresses (SSRF allowlist)
 */
public record FetcherSettings(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    long maxResponseBytes,
    long maxDecompressedBytes,
    long maxBufferedBytes,
    int maxRedirects,
    int perOriginConcurrency,
    Duration minDelayPerOrigin,
    Duration maxCrawlDelay,
    Duration robotsCacheTtl,
    Duration robotsRetryAfterFailure,
    Duration backoffBase,
    Duration backoffMax,
    Duration maxRetryAfter,
    List<String> allowedHosts) {

  /** The environment variable holding extra allowed hosts, comma-separated. */
  public static final String ALLOWED_HOSTS_ENV = "WARTA_ALLOWED_HOSTS";

  /** Where the default User-Agent points people who want to know who is crawling them. */
  public static final String DEFAULT_CONTACT_URL = "https://github.com/warta/warta";

  private static final long MIB = 1024 * 1024;

  public FetcherSettings {
    requireUserAgent(userAgent);
    between(connectTimeout, Duration.ofMillis(1), Duration.ofMinutes(10), "connectTimeout");
    between(readTimeout, Duration.ofMillis(1), Duration.ofMinutes(10), "readTimeout");
    between(totalTimeout, Duration.ofMillis(1), Duration.ofHours(1), "totalTimeout");
    between(maxResponseBytes, 1, 4L * 1024 * MIB, "maxResponseBytes");
    between(maxDecompressedBytes, 1, 4L * 1024 * MIB, "maxDecompressedBytes");
    between(
        maxBufferedBytes,
        Math.max(maxDecompressedBytes, maxResponseBytes),
        64L * 1024 * MIB,
        "maxBufferedBytes");
    between(maxRedirects, 0, 20, "maxRedirects");
    between(perOriginConcurrency, 1, 64, "perOriginConcurrency");
    between(minDelayPerOrigin, Duration.ZERO, Duration.ofMinutes(10), "minDelayPerOrigin");
    between(maxCrawlDelay, Duration.ZERO, Duration.ofMinutes(10), "maxCrawlDelay");
    between(robotsCacheTtl, Duration.ofSeconds(1), Duration.ofHours(24), "robotsCacheTtl");
    between(
        robotsRetryAfterFailure,
        Duration.ofSeconds(1),
        Duration.ofDays(1),
        "robotsRetryAfterFailure");
    between(backoffBase, Duration.ofMillis(1), Duration.ofDays(1), "backoffBase");
    between(backoffMax, backoffBase, Duration.ofDays(30), "backoffMax");
    between(maxRetryAfter, Duration.ofSeconds(1), Duration.ofDays(30), "maxRetryAfter");
    allowedHosts = List.copyOf(allowedHosts);
    HostAllowlist.parse(allowedHosts); // fails naming the bad entry
  }

  /**
   * Sensible defaults for a news poller: 2 requests per origin, 1 s apart, 16 MiB bodies (32 MiB
   * decoded), 64 MiB buffered by all fetches together.
   */
  public static FetcherSettings defaults() {
    return new FetcherSettings(
        defaultUserAgent(DEFAULT_CONTACT_URL),
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        16 * MIB,
        32 * MIB,
        64 * MIB,
        5,
        2,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofHours(24),
        Duration.ofMinutes(30),
        Duration.ofMinutes(1),
        Duration.ofHours(6),
        Duration.ofDays(1),
        List.of());
  }

  /** {@code Warta/<version> (+<contactUrl>)}. */
  public static String defaultUserAgent(String contactUrl) {
    return "Warta/" + version() + " (+" + contactUrl + ")";
  }

  /** The entries of {@value #ALLOWED_HOSTS_ENV} in {@code environment}, trimmed, blanks dropped. */
  public static List<String> allowedHostsFrom(Map<String, String> environment) {
    String value = environment.getOrDefault(ALLOWED_HOSTS_ENV, "");
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * These settings plus the allowed hosts of {@value #ALLOWED_HOSTS_ENV} in {@code environment}.
   */
  public FetcherSettings withEnvironment(Map<String, String> environment) {
    List<String> merged = new ArrayList<>(allowedHosts);
    allowedHostsFrom(environment).stream().filter(h -> !merged.contains(h)).forEach(merged::add);
    return withAllowedHosts(merged);
  }

  /** A copy with another allowlist. */
  public FetcherSettings withAllowedHosts(List<String> hosts) {
    return new Copy(this).allowedHosts(hosts).build();
  }

  /** A copy with other connect, read and total timeouts. */
  public FetcherSettings withTimeouts(Duration connect, Duration read, Duration total) {
    Copy c = new Copy(this);
    c.connectTimeout = connect;
    c.readTimeout = read;
    c.totalTimeout = total;
    return c.build();
  }

  /** A copy with other size limits; the shared buffer budget grows to at least the larger limit. */
  public FetcherSettings withLimits(long responseBytes, long decompressedBytes, int redirects) {
    Copy c = new Copy(this);
    c.maxResponseBytes = responseBytes;
    c.maxDecompressedBytes = decompressedBytes;
    c.maxBufferedBytes = Math.max(maxBufferedBytes, Math.max(responseBytes, decompressedBytes));
    c.maxRedirects = redirects;
    return c.build();
  }

  /** A copy with another budget for the bytes all fetches buffer together. */
  public FetcherSettings withMaxBufferedBytes(long bytes) {
    Copy c = new Copy(this);
    c.maxBufferedBytes = bytes;
    return c.build();
  }

  /** A copy with another per-origin politeness. */
  public FetcherSettings withPoliteness(int concurrency, Duration minDelay) {
    Copy c = new Copy(this);
    c.perOriginConcurrency = concurrency;
    c.minDelayPerOrigin = minDelay;
    return c.build();
  }

  /** A copy with another User-Agent. */
  public FetcherSettings withUserAgent(String agent) {
    Copy c = new Copy(this);
    c.userAgent = agent;
    return c.build();
  }

  /** Mutable copy of the components, for the {@code with*} methods only. */
  private static final class Copy {
    String userAgent;
    Duration connectTimeout;
    Duration readTimeout;
    Duration totalTimeout;
    long maxResponseBytes;
    long maxDecompressedBytes;
    long maxBufferedBytes;
    int maxRedirects;
    int perOriginConcurrency;
    Duration minDelayPerOrigin;
    List<String> allowedHosts;
    final FetcherSettings s;

    Copy(FetcherSettings s) {
      this.s = s;
      userAgent = s.userAgent;
      connectTimeout = s.connectTimeout;
      readTimeout = s.readTimeout;
      totalTimeout = s.totalTimeout;
      maxResponseBytes = s.maxResponseBytes;
      maxDecompressedBytes = s.maxDecompressedBytes;
      maxBufferedBytes = s.maxBufferedBytes;
      maxRedirects = s.maxRedirects;
      perOriginConcurrency = s.perOriginConcurrency;
      minDelayPerOrigin = s.minDelayPerOrigin;
      allowedHosts = s.allowedHosts;
    }

    Copy allowedHosts(List<String> hosts) {
      allowedHosts = hosts;
      return this;
    }

    FetcherSettings build() {
      return new FetcherSettings(
          userAgent,
          connectTimeout,
          readTimeout,
          totalTimeout,
          maxResponseBytes,
          maxDecompressedBytes,
          maxBufferedBytes,
          maxRedirects,
          perOriginConcurrency,
          minDelayPerOrigin,
          s.maxCrawlDelay,
          s.robotsCacheTtl,
          s.robotsRetryAfterFailure,
          s.backoffBase,
          s.backoffMax,
          s.maxRetryAfter,
          allowedHosts);
    }
  }

  /** The robots.txt product token: the User-Agent up to the first '/' or space, e.g. "Warta". */
  public String productToken() {
    String token = userAgent.strip().split("[/ ]", 2)[0];
    return token;
  }

  /** This module's version, from the build (or "dev" when run from unfiltered sources). */
  public static String version() {
    try (InputStream in = FetcherSettings.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fetcher's version.properties", e);
    }
  }

  private static void requireUserAgent(String userAgent) {
    if (userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("userAgent must not contain control characters");
    }
    if (!userAgent.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+/.*")) {
      throw new IllegalArgumentException(
          "userAgent must start with a product token and '/', like 'Warta/1.0 (+https://…)', got '"
              + userAgent
              + "'");
    }
  }

  private static void between(Duration value, Duration min, Duration max, String key) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "fetcher setting " + key + " must be between " + min + " and " + max + ", got " + value);
    }
  }

  private static void between(long value, long min, long max, String key) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "fetcher setting " + key + " must be between " + min + " and " + max + ", got " + value);
    }
  }
}
