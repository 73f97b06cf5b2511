package org.warta.web.view;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value computed at most once per {@code ttl}, served stale while it is recomputed: the first
 * reader computes it, later readers get the current value at once, and when it has expired one
 * virtual thread computes the next value in the background (so no request waits for a slow
 * aggregate such as the home ranking or per-section counts). A zero ttl computes on every call.
 */
public final class Cached<T> {
  private static final Logger LOG = LoggerFactory.getLogger(Cached.class);

  private final long ttlNanos;
  private final Supplier<T> compute;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile Entry<T> entry;

  private record Entry<T>(T value, long at) {}

  public Cached(Duration ttl, Supplier<T> compute) {
    this.ttlNanos = ttl.toNanos();
    this.compute = compute;
  }

  public T get() {
    if (ttlNanos == 0) {
      return compute.get();
    }
    Entry<T> e = entry;
    if (e == null) {
      return first();
    }
    if (System.nanoTime() - e.at() >= ttlNanos && refreshing.compareAndSet(false, true)) {
      Thread.ofVirtual().name("warta-cache-refresh").start(this::refresh);
    }
    return e.value();
  }

  private synchronized T first() {
    Entry<T> e = entry;
    if (e == null) {
      e = new Entry<>(compute.get(), System.nanoTime());
      entry = e;
    }
    return e.value();
  }

  private void refresh() {
    try {
      entry = new Entry<>(compute.get(), System.nanoTime());
    } catch (RuntimeException ex) {
      LOG.warn("could not refresh a cached page part; serving the previous one", ex);
    } finally {
      refreshing.set(false);
    }
  }

  /** Forgets the value: the next reader computes a fresh one. */
  public void invalidate() {
    entry = null;
  }
}
