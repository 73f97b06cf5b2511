package org.warta.web.view;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Documents built for many keys (a feed per source, story or saved search), each served again until
 * it is {@code ttl} old. Feed readers poll the same feeds over and over; a feed takes dozens of
 * rows and a sanitized body per entry to build. The least recently used documents are dropped once
 * the kept ones exceed {@code maxBytes}, so no sequence of requests can make it hold more. A kept
 * document that is too old is built again by one request while the others are served the last build
 * meanwhile.
 */
public final class RecentBuilds {
  private record Built(Document value, long atNanos) {}

  private final long ttlNanos;
  private final long maxBytes;
  private final LinkedHashMap<String, Built> kept = new LinkedHashMap<>(64, 0.75f, true);
  private final java.util.Set<String> rebuilding = new java.util.HashSet<>();
  private long bytes;

  public RecentBuilds(Duration ttl, long maxBytes) {
    this.ttlNanos = ttl.toNanos();
    this.maxBytes = maxBytes;
  }

  /** The document for {@code key}: the kept one when fresh enough, else a new build. */
  public Document get(String key, Supplier<Document> build) {
    long now = System.nanoTime();
    boolean claimed = false;
    synchronized (this) {
      Built b = kept.get(key);
      if (b != null) {
        if (now - b.atNanos() < ttlNanos || !rebuilding.add(key)) {
          return b.value(); // fresh, or too old and another request is building it again
        }
        claimed = true;
      }
    }
    try {
      Document value = build.get(); // outside the lock: other keys are served meanwhile
      if (value.size() <= maxBytes / 4) {
        keep(key, new Built(value, System.nanoTime()));
      }
      return value;
    } finally {
      if (claimed) {
        synchronized (this) {
          rebuilding.remove(key);
        }
      }
    }
  }

  /** How many bytes the kept documents hold. */
  public synchronized long bytes() {
    return bytes;
  }

  private synchronized void keep(String key, Built b) {
    Built old = kept.put(key, b);
    bytes += b.value().size() - (old == null ? 0 : old.value().size());
    Iterator<Map.Entry<String, Built>> eldest = kept.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      Built dropped = eldest.next().getValue();
      eldest.remove();
      bytes -= dropped.value().size();
    }
  }
}
