package org.warta.web.view;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.store.Store;

/**
 * The sources by id, read from the store at most every few seconds: every list of articles names
 * their sources, and with thousands of sources one read per card would dominate page time. The
 * admin calls {@link #invalidate()} after it changes a source.
 */
public final class Catalog {
  private static final Duration TTL = Duration.ofSeconds(10);

  private final Store store;
  private final Cached<Sources> sources;

  /** One read of the sources: by id, and the list in name order (shared, never copied). */
  private record Sources(Map<SourceId, Source> byId, List<Source> all) {}

  public Catalog(Store store) {
    this.store = store;
    this.sources = new Cached<>(TTL, this::load);
  }

  private Sources load() {
    List<Source> all = List.copyOf(store.sources().list());
    return new Sources(
        all.stream().collect(Collectors.toUnmodifiableMap(Source::id, Function.identity())), all);
  }

  public Optional<Source> find(SourceId id) {
    Source s = sources.get().byId().get(id);
    if (s == null) {
      // a source added since the last read: ask the store once
      Optional<Source> fresh = store.sources().find(id);
      if (fresh.isPresent()) {
        invalidate();
      }
      return fresh;
    }
    return Optional.of(s);
  }

  /** The source's name, or the empty string for a source removed meanwhile. */
  public String name(SourceId id) {
    return find(id).map(Source::name).orElse("");
  }

  /** All sources, ordered by name. */
  public List<Source> all() {
    return sources.get().all();
  }

  public void invalidate() {
    sources.invalidate();
  }
}
