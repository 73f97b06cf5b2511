package org.warta.web.view;

import java.time.Duration;
import java.util.function.Function;

/**
 * A document built for one site address and served again until it is {@code ttl} old: sitemaps and
 * the site's latest-news feed, which every crawler and feed reader gets alike and which take
 * thousands of rows to build. Only the last build is kept: a request for another address (another
 * Host header) builds anew, so no request can make it hold more. Once the document is too old, one
 * request builds it again while the others are served the last build meanwhile, so a rebuild never
 * makes every concurrent request wait for a build of its own.
 */
public final class RecentBuild<T> {
  private record Built<T>(String base, T value, long atNanos) {}

  private final long ttlNanos;
  private volatile Built<T> last;
  private final java.util.concurrent.atomic.AtomicBoolean rebuilding =
      new java.util.concurrent.atomic.AtomicBoolean();

  public RecentBuild(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  /** The document for {@code base}: the last one when it is that address's and fresh enough. */
  public T get(String base, Function<String, T> build) {
    Built<T> b = last;
    if (b == null || !b.base().equals(base)) {
      return built(base, build);
    }
    if (System.nanoTime() - b.atNanos() < ttlNanos || !rebuilding.compareAndSet(false, true)) {
      return b.value(); // fresh, or too old and another request is building it again
    }
    try {
      return built(base, build);
    } finally {
      rebuilding.set(false);
    }
  }

  private T built(String base, Function<String, T> build) {
    Built<T> b = new Built<>(base, build.apply(base), System.nanoTime());
    last = b;
    return b.value();
  }
}
