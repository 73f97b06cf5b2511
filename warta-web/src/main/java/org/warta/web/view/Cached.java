package org.warta.web.view;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value computed at most once per {@code ttl}: concurrent readers share one computation and
 * everyone else keeps reading the previous value meanwhile (a zero ttl computes on every call).
 */
public final class Cached<T> {
  private final long ttlNanos;
  private final Supplier<T> compute;
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
    long now = System.nanoTime();
    if (e != null && now - e.at() < ttlNanos) {
      return e.value();
    }
    synchronized (this) {
      e = entry;
      if (e != null && System.nanoTime() - e.at() < ttlNanos) {
        return e.value();
      }
      T value = compute.get();
      entry = new Entry<>(value, System.nanoTime());
      return value;
    }
  }

  public void invalidate() {
    entry = null;
  }
}
