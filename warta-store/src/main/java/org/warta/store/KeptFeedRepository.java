package org.warta.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.SourceId;

/**
 * Source feeds kept in the database once built, so that neither a restart nor a reader asking for a
 * feed nobody asked for lately makes the server build it again. Each is kept under its address (the
 * URL it is served at: base, path and format) and the tag it was built under; a caller serves one
 * only when that tag is still the current one. A source's feeds go with the source.
 */
public interface KeptFeedRepository {

  /** The feed last kept for {@code address} of {@code source}, whatever its tag. */
  Optional<KeptFeed> find(SourceId source, String address);

  /** Keeps every entry, replacing what was kept at the same address, in one transaction. */
  void keep(List<Entry> entries);

  /** The tag of every kept feed by its address, in one read (the documents stay unread). */
  Map<String, String> tags();

  /**
   * Drops every kept feed whose address is not under {@code base} (followed by {@code /}): those of
   * an address the site is no longer reached at. Returns how many went.
   */
  int retainUnder(String base);

  /** A feed to keep: {@code feed} at {@code address} of {@code source}. */
  record Entry(SourceId source, String address, KeptFeed feed) {}
}
