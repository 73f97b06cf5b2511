package org.warta.fetch.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.warta.fetch.UrlState;
import org.warta.fetch.Validators;
import org.warta.fetch.retry.Backoff;

/**
 * How a {@link UrlState} changes after a request: success clears the failures and the hold and
 * keeps the new validators; failure counts up and holds the URL until the server's Retry-After
 * (capped) or, without one, the jittered exponential backoff.
 */
public final class UrlStates {
  private final Backoff backoff;
  private final Duration maxRetryAfter;
  private final RandomGenerator random;

  public UrlStates(Backoff backoff, Duration maxRetryAfter, RandomGenerator random) {
    this.backoff = backoff;
    this.maxRetryAfter = maxRetryAfter;
    this.random = random;
  }

  /** After a 2xx or 304: validators kept (the old ones if the response sent none). */
  public UrlState succeeded(UrlState s, Validators received, int status, Instant now) {
    Validators kept = received.isEmpty() ? s.validators() : received;
    return new UrlState(
        s.key(), kept, Optional.empty(), UrlState.Hold.NONE, 0, Optional.of(now), status);
  }

  /**
   * After a failure: held until {@code retryAfter} when the server gave one (never beyond {@code
   * maxRetryAfter}), else for the backoff of the new failure count.
   */
  public UrlState failed(UrlState s, int status, Optional<Instant> retryAfter, Instant now) {
    int failures = s.consecutiveFailures() + 1;
    Instant cap = now.plus(maxRetryAfter);
    if (retryAfter.isPresent()) {
      Instant until = retryAfter.get().isAfter(cap) ? cap : retryAfter.get();
      return new UrlState(
          s.key(),
          s.validators(),
          Optional.of(until),
          UrlState.Hold.RETRY_AFTER,
          failures,
          Optional.of(now),
          status);
    }
    Instant until = now.plus(backoff.delay(failures, random));
    return new UrlState(
        s.key(),
        s.validators(),
        Optional.of(until),
        UrlState.Hold.BACKOFF,
        failures,
        Optional.of(now),
        status);
  }
}
