package org.warta.fetch;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link UrlStateStore} in a concurrent map: for tests, benchmarks and commands that need no
 * memory beyond the process. Share one instance between fetchers to model "across commands".
 */
public final class InMemoryUrlStateStore implements UrlStateStore {
  private final Map<String, UrlState> states = new ConcurrentHashMap<>();

  @Override
  public Optional<UrlState> get(String key) {
    return Optional.ofNullable(states.get(key));
  }

  @Override
  public void put(UrlState state) {
    states.put(state.key(), state);
  }

  /** How many URLs have a state. */
  public int size() {
    return states.size();
  }
}
