package org.warta.fetch.politeness;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * At most {@code concurrency} requests in flight per {@link Origin} and at least a delay between
 * two request starts on it. Callers {@link #enter} before sending and close the returned {@link
 * Pass} when the response is done; waiting happens on the caller's (virtual) thread.
 *
 * <p>The delay for an origin is {@code max(minDelay, crawlDelay(origin))}; start times are handed
 * out in order under a lock so that concurrent callers are spaced, not just the first two.
 */
public final class OriginGates {

  /** Permission to send one request; closing it frees the slot. */
  public interface Pass extends AutoCloseable {
    @Override
    void close();
  }

  private final int concurrency;
  private final Duration minDelay;
  private final Map<Origin, Gate> gates = new ConcurrentHashMap<>();

  public OriginGates(int concurrency, Duration minDelay) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("per-origin concurrency must be >= 1, got " + concurrency);
    }
    this.concurrency = concurrency;
    this.minDelay = minDelay;
  }

  /**
   * Waits for a free slot on {@code origin} and for its turn after the delay, then returns the
   * pass.
   *
   * @param crawlDelay the origin's extra delay (robots.txt Crawl-delay), {@link Duration#ZERO} if
   *     none
   */
  public Pass enter(Origin origin, Duration crawlDelay) throws InterruptedException {
    Gate gate = gates.computeIfAbsent(origin, (Function<Origin, Gate>) o -> new Gate(concurrency));
    gate.slots.acquire();
    try {
      long delayNanos = (crawlDelay.compareTo(minDelay) > 0 ? crawlDelay : minDelay).toNanos();
      long wait = gate.reserveStart(delayNanos);
      if (wait > 0) {
        java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
      }
    } catch (InterruptedException | RuntimeException e) {
      gate.slots.release();
      throw e;
    }
    return gate.slots::release;
  }

  /** Requests in flight on {@code origin} right now. */
  public int inFlight(Origin origin) {
    Gate gate = gates.get(origin);
    return gate == null ? 0 : concurrency - gate.slots.availablePermits();
  }

  private static final class Gate {
    final Semaphore slots;
    final ReentrantLock lock = new ReentrantLock();
    long nextStart = Long.MIN_VALUE;
    boolean started;

    Gate(int concurrency) {
      this.slots = new Semaphore(concurrency, true);
    }

    /** Reserves the next start time; returns how long the caller must wait for it, in nanos. */
    long reserveStart(long delayNanos) {
      lock.lock();
      try {
        long now = System.nanoTime();
        long start = !started || now - nextStart > 0 ? now : nextStart;
        started = true;
        nextStart = start + delayNanos;
        return start - now;
      } finally {
        lock.unlock();
      }
    }
  }
}
