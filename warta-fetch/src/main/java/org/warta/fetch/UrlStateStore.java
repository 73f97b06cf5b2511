package org.warta.fetch;

import java.util.Optional;

/**
 * Where the fetcher keeps its per-URL {@link UrlState} so that validators, Retry-After and backoff
 * are honoured across sources, rounds and commands: a URL reached through two sources, or probed by
 * {@code sources add}, is asked only once inside a Retry-After window.
 *
 * <p>Implementations must be safe for concurrent use. {@code warta-store} implements it on
 * SQLite/PostgreSQL (one row per key); {@link InMemoryUrlStateStore} serves tests and one-shot
 * commands. The fetcher calls {@link #get} before each request and {@link #put} after it.
 */
public interface UrlStateStore {

  /** The state stored under {@link UrlState#keyOf(java.net.URI) key}, if any. */
  Optional<UrlState> get(String key);

  /** Stores (inserts or replaces) the state under its key. */
  void put(UrlState state);
}
