package org.warta.store;

import java.util.Optional;

/** Per-URL fetch state, honoured across sources, rounds and commands. */
public interface UrlStateRepository {
  Optional<UrlState> find(String url);

  void save(UrlState state);
}
