package org.warta.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/** Fetchers for tests against loopback servers: 127.0.0.1 allowlisted, no environment, no delay. */
final class TestFetchers {
  private TestFetchers() {}

  /** Loopback allowlisted, 2 s read, 5 s total, 2 per origin, no minimum delay. */
  static FetcherSettings loopback() {
    return FetcherSettings.defaults()
        .withAllowedHosts(List.of("127.0.0.0/8"))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
        .withPoliteness(2, Duration.ZERO);
  }

  static Fetcher fetcher(FetcherSettings settings, UrlStateStore store, InstantSource clock) {
    return Fetcher.builder(settings)
        .store(store)
        .clock(clock)
        .environment(Map.of())
        .random(RandomGenerator.of("L64X128MixRandom"))
        .build();
  }

  static Fetcher fetcher(FetcherSettings settings) {
    return fetcher(settings, new InMemoryUrlStateStore(), InstantSource.system());
  }

  /** A clock the test moves by hand. */
  static final class ManualClock implements InstantSource {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    @Override
    public Instant instant() {
      return now.get();
    }

    void advance(Duration d) {
      now.updateAndGet(t -> t.plus(d));
    }
  }
}
