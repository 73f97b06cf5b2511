package org.warta.web.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins from one address within
 * {@link #WINDOW}, further attempts from it are refused until the oldest failure leaves the window.
 * Kept in memory (a restart forgets it); the KDF's cost limits guessing further.
 */
final class LoginThrottle {
  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int MAX_ADDRESSES = 10_000;

  private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  boolean allowed(String address, Instant now) {
    Deque<Instant> d = failures.get(address);
    if (d == null) {
      return true;
    }
    synchronized (d) {
      prune(d, now);
      return d.size() < MAX_FAILURES;
    }
  }

  void failed(String address, Instant now) {
    if (failures.size() >= MAX_ADDRESSES) {
      failures.entrySet().removeIf(e -> isStale(e.getValue(), now));
    }
    Deque<Instant> d = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (d) {
      prune(d, now);
      d.addLast(now);
    }
  }

  void succeeded(String address) {
    failures.remove(address);
  }

  private static boolean isStale(Deque<Instant> d, Instant now) {
    synchronized (d) {
      prune(d, now);
      return d.isEmpty();
    }
  }

  private static void prune(Deque<Instant> d, Instant now) {
    while (!d.isEmpty() && d.peekFirst().isBefore(now.minus(WINDOW))) {
      d.removeFirst();
    }
  }
}
