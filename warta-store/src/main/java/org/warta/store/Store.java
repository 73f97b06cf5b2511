package org.warta.store;

import org.warta.store.jdbc.JdbcStore;

/**
 * An open Warta store: the repositories over one database, migrated to the current schema. Thread
 * safe; close it once at shutdown.
 *
 * <pre>{@code
 * try (Store store = Store.open(DatabaseUrl.sqliteIn(dataDir))) {
 *   Source source = store.sources().add(NewSource.of("Kabar", feedUrl, SourceKind.FEED));
 * }
 * }</pre>
 */
public interface Store extends AutoCloseable {

  /** Opens (creating and migrating if needed) the database at {@code url}. */
  static Store open(DatabaseUrl url) {
    return JdbcStore.open(url);
  }

  /**
   * {@link #open(DatabaseUrl)} with at most {@code connections} pooled connections (the default is
   * 4 for SQLite, two per processor and at least 4 for PostgreSQL).
   */
  static Store open(DatabaseUrl url, int connections) {
    return JdbcStore.open(url, connections);
  }

  DatabaseUrl url();

  SourceRepository sources();

  ArticleRepository articles();

  StoryRepository stories();

  UrlStateRepository urlStates();

  CheckpointRepository checkpoints();

  /** The folders sources sit in (OPML import and export). */
  FolderRepository folders();

  /** URL templates learned on section pages, per source. */
  UrlPatternRepository urlPatterns();

  /** WebSub subscriptions of feed sources. */
  WebSubRepository webSub();

  /** The polling interval each source's publisher asked for. */
  PollHintRepository pollHints();

  /** Source feeds kept once built, under the tag they were built with. */
  KeptFeedRepository keptFeeds();

  /** Users, login sessions and API keys of the web admin. */
  AccountRepository accounts();

  /** Retention by age and size, and the tombstones of purged articles. */
  Retention retention();

  /** Batch loading of articles known to be new (benchmark corpora). */
  BulkLoad bulk();

  /** Measures the database: bytes on disk, articles, stored text, tombstones. */
  StorageReport storageReport();

  @Override
  void close();
}
