package org.warta.store;

import java.time.Duration;
import java.util.List;
import org.warta.store.jdbc.TableCopy;

/**
 * Copies a whole installation from one database to another (SQLite ↔ PostgreSQL, or the same kind):
 * every table of the schema (sources, articles and their URLs, stories, URL states, checkpoints,
 * tombstones, the change counter and whatever tables later migrations add), with ids preserved,
 * identity sequences reset after, and row counts verified. Both databases are migrated to the
 * current schema first; the target must hold no sources, articles or stories.
 */
public final class StoreCopy {
  private StoreCopy() {}

  /** Rows of one table on both sides after the copy. */
  public record TableCount(String table, long source, long target) {
    public boolean matches() {
      return source == target;
    }
  }

  /** What a copy did; {@link #verified()} when every table has as many rows on both sides. */
  public record Report(List<TableCount> tables, long rows, Duration took) {
    public Report {
      tables = List.copyOf(tables);
    }

    public boolean verified() {
      return tables.stream().allMatch(TableCount::matches);
    }
  }

  /** Told about the copy's progress. */
  public interface Listener {
    /** A table starts: its name and how many rows it has in the source. */
    void table(String name, long rows);

    /** {@code rows} more rows of the current table were copied. */
    void copied(long rows);
  }

  /**
   * Copies {@code from} into {@code to}.
   *
   * @throws StoreException when a database fails or the target is not empty (nothing is changed
   *     then), or when the schemas differ
   */
  public static Report copy(DatabaseUrl from, DatabaseUrl to, Listener listener) {
    return TableCopy.run(from, to, listener);
  }
}
