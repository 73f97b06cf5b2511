package org.warta.web.view;

import java.time.Duration;
import java.util.Comparator;
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

  /**
   * One read of the sources: by id, the list in name order and the list in id order (shared, never
   * copied).
   */
  private record Sources(Map<SourceId, Source> byId, List<Source> all, List<Source> inIdOrder) {}

  public Catalog(Store store) {
    this.store = store;
    this.sources = new Cached<>(TTL, this::load);
  }

  private Sources load() {
    List<Source> all = List.copyOf(store.sources().list());
    return new Sources(
        all.stream().collect(Collectors.toUnmodifiableMap(Source::id, Function.identity())),
        all,
        all.stream().sorted(Comparator.comparingLong(s -> s.id().value())).toList());
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

  /**
   * Up to {@code limit} sources with ids above {@code afterId}, in id order: the API's pages, found
   * by binary search instead of sorting every source per call.
   */
  public List<Source> afterId(long afterId, int limit) {
    List<Source> ordered = sources.get().inIdOrder();
    int low = 0;
    int high = ordered.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ordered.get(mid).id().value() <= afterId) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return ordered.subList(low, Math.min(ordered.size(), low + limit));
  }

  public void invalidate() {
    sources.invalidate();
  }
}
