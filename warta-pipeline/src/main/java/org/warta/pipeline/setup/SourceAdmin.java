package org.warta.pipeline.setup;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.InstantSource;
import java.util.Optional;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.fetch.UrlState;
import org.warta.store.Store;

/**
 * {@code warta sources show|pause|resume|remove}: finding a source by id or URL, telling its whole
 * status, and pausing, resuming (which forgets past failures and makes it due now) or removing it
 * with its articles.
 */
public final class SourceAdmin {
  private final Store store;
  private final InstantSource clock;

  public SourceAdmin(Store store, InstantSource clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * The source with this id ({@code 12}) or URL.
   *
   * @throws SourceSetup.SetupException when there is none; the message says how to list them
   */
  public Source find(String idOrUrl) {
    String key = idOrUrl.strip();
    Optional<Source> found;
    if (key.matches("\\d{1,18}") && Long.parseLong(key) > 0) {
      found = store.sources().find(new SourceId(Long.parseLong(key)));
    } else {
      found = parse(key).flatMap(u -> store.sources().findByUrl(u));
    }
    return found.orElseThrow(
        () ->
            new SourceSetup.SetupException(
                "no source '" + key + "'; 'warta sources list' shows the ids and URLs"));
  }

  public SourceDetails show(Source source) {
    SourceId id = source.id();
    Optional<org.warta.store.UrlState> urlState =
        source.url().getHost() == null
            ? Optional.empty()
            : store.urlStates().find(UrlState.keyOf(source.url()));
    return new SourceDetails(
        source,
        store.sources().status(id),
        store.folders().folders(id),
        urlState,
        store.pollHints().hint(id),
        store.urlPatterns().patterns(id),
        store.webSub().find(id));
  }

  public void pause(Source source) {
    store.sources().setPaused(source.id(), true);
  }

  /** Resumes polling now, with the failure count cleared. */
  public void resume(Source source) {
    store.sources().setPaused(source.id(), false);
    store.sources().resetStatus(source.id(), clock.instant());
  }

  /** Removes the source and its articles; returns how many articles went with it. */
  public long remove(Source source) {
    long articles = store.sources().status(source.id()).articleCount();
    store.sources().remove(source.id());
    return articles;
  }

  private static Optional<URI> parse(String text) {
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
