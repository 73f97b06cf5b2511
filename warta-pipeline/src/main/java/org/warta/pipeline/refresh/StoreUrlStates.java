package org.warta.pipeline.refresh;

import java.util.Optional;
import org.warta.fetch.UrlState;
import org.warta.fetch.UrlStateStore;
import org.warta.fetch.Validators;
import org.warta.store.UrlStateRepository;

/**
 * The fetcher's per-URL state kept in the store, so that validators and Retry-After/backoff windows
 * hold across sources, rounds, commands and restarts.
 */
public final class StoreUrlStates implements UrlStateStore {
  private final UrlStateRepository repository;

  public StoreUrlStates(UrlStateRepository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<UrlState> get(String key) {
    return repository
        .find(key)
        .map(
            s ->
                new UrlState(
                    s.url(),
                    new Validators(s.etag(), s.lastModified()),
                    s.hold().equals("NONE") ? Optional.empty() : s.notBefore(),
                    s.notBefore().isEmpty() ? UrlState.Hold.NONE : UrlState.Hold.valueOf(s.hold()),
                    s.failures(),
                    s.lastFetch(),
                    s.lastStatus()));
  }

  @Override
  public void put(UrlState state) {
    repository.save(
        new org.warta.store.UrlState(
            state.key(),
            state.validators().etag(),
            state.validators().lastModified(),
            state.notBefore(),
            state.hold().name(),
            state.consecutiveFailures(),
            state.lastStatus(),
            state.lastAttempt()));
  }
}
