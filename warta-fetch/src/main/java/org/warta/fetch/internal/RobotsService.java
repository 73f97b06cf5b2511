package org.warta.fetch.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.warta.fetch.FetcherSettings;
import org.warta.fetch.Purpose;
import org.warta.fetch.Validators;
import org.warta.fetch.body.BodyReader;
import org.warta.fetch.guard.AddressGuard;
import org.warta.fetch.politeness.Origin;
import org.warta.fetch.politeness.OriginGates;
import org.warta.fetch.robots.RobotsCache;
import org.warta.fetch.robots.RobotsPolicy;
import org.warta.fetch.robots.RobotsRules;

/**
 * Gets the robots.txt rules of an origin: from the cache while fresh, else downloads {@code
 * /robots.txt} once per origin (other callers wait on the origin's lock), through the same SSRF
 * guard and politeness gate as any request, following at most five redirects (RFC 9309 section
 * 2.3.1.2) and reading at most 500 KiB (section 2.5).
 */
public final class RobotsService {
  private static final int MAX_ROBOTS_REDIRECTS = 5;

  private final FetcherSettings settings;
  private final Exchange exchange;
  private final OriginGates gates;
  private final AddressGuard guard;
  private final RobotsPolicy policy;
  private final RobotsCache cache;
  private final InstantSource clock;

  public RobotsService(
      FetcherSettings settings,
      Exchange exchange,
      OriginGates gates,
      AddressGuard guard,
      RobotsCache cache,
      InstantSource clock) {
    this.settings = settings;
    this.exchange = exchange;
    this.gates = gates;
    this.guard = guard;
    this.cache = cache;
    this.clock = clock;
    this.policy =
        new RobotsPolicy(
            settings.productToken(),
            settings.robotsCacheTtl(),
            settings.robotsRetryAfterFailure(),
            settings.maxCrawlDelay());
  }

  /** The rules of {@code origin}, downloading robots.txt when none are fresh. */
  public RobotsRules rulesFor(Origin origin) throws InterruptedException {
    Optional<RobotsRules> fresh = cache.fresh(origin, clock.instant());
    if (fresh.isPresent()) {
      return fresh.get();
    }
    ReentrantLock lock = cache.lockFor(origin);
    lock.lockInterruptibly();
    try {
      fresh = cache.fresh(origin, clock.instant());
      if (fresh.isPresent()) {
        return fresh.get();
      }
      RobotsRules rules = download(origin);
      cache.put(origin, rules);
      return rules;
    } finally {
      lock.unlock();
    }
  }

  /** The Crawl-delay of {@code origin} if its rules are cached (no download). */
  public java.time.Duration cachedDelay(Origin origin) {
    return cache.latest(origin).map(RobotsRules::delay).orElse(java.time.Duration.ZERO);
  }

  private RobotsRules download(Origin origin) throws InterruptedException {
    URI url = origin.robotsTxt();
    // the total timeout starts once the origin lets us send: waiting for a slot behind slow
    // responses of the same origin must not make its robots.txt look unreachable
    long deadline = Long.MAX_VALUE;
    for (int hop = 0; hop <= MAX_ROBOTS_REDIRECTS; hop++) {
      if (!(guard.check(url.getHost()) instanceof AddressGuard.Verdict.Allowed)) {
        return policy.forStatus(404, clock.instant()); // never fetched: treated as unavailable
      }
      Origin hopOrigin = Origin.of(url);
      try (OriginGates.Pass _ = gates.enter(hopOrigin, cachedDelay(hopOrigin));
          Exchange.Response response =
              exchange.send(
                  url,
                  Purpose.ROBOTS.defaultAccept(),
                  Validators.NONE,
                  deadline = start(deadline))) {
        int status = response.status();
        if (status >= 200 && status < 300) {
          BodyReader reader =
              new BodyReader(settings.maxResponseBytes(), settings.maxDecompressedBytes());
          byte[] body =
              reader.readPrefix(
                  response.body(), response.header("content-encoding"), RobotsPolicy.MAX_BYTES);
          return policy.parsed(url, body, response.header("content-type"), clock.instant());
        }
        Optional<URI> next = Redirects.location(response);
        if (next.isEmpty()) {
          return status >= 300 && status < 400
              ? policy.forStatus(404, clock.instant())
              : statusRules(origin, status);
        }
        url = next.get();
      } catch (IOException e) {
        return policy.unreachable(cache.latest(origin), clock.instant());
      }
    }
    return policy.forStatus(404, clock.instant()); // more than five redirects: unavailable
  }

  private long start(long deadline) {
    return deadline == Long.MAX_VALUE
        ? System.nanoTime() + settings.totalTimeout().toNanos()
        : deadline;
  }

  private RobotsRules statusRules(Origin origin, int status) {
    Instant now = clock.instant();
    return status >= 500 || status == 429
        ? policy.unreachable(cache.latest(origin), now)
        : policy.forStatus(status, now);
  }
}
