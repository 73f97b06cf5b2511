package org.warta.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.warta.store.DatabaseUrl;
import org.warta.store.StoreException;

/**
 * A pooled connection to one database, migrated on open. SQLite runs in WAL mode with immediate
 * write transactions and a busy timeout, so that readers never block and writers queue instead of
 * failing.
 */
final class Database implements AutoCloseable {

  /** Work done with a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final DatabaseUrl url;
  private final HikariDataSource pool;

  private Database(DatabaseUrl url, HikariDataSource pool) {
    this.url = url;
    this.pool = pool;
  }

  static Database open(DatabaseUrl url) {
    return open(url, defaultConnections(url));
  }

  /**
   * The pool size when none is configured. SQLite: 4 readers (writes take turns anyway).
   * PostgreSQL: two per processor, at least 4 — the usual advice for a database on the same
   * machine; with a larger pool on 2 cores, requests waited on one another's database processes
   * (article page at 1 M articles, 16 clients: p99 18–26 ms with 10 connections, 12 ms with 4).
   */
  static int defaultConnections(DatabaseUrl url) {
    return url.dialect() == DatabaseUrl.Dialect.SQLITE
        ? 4
        : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  static Database open(DatabaseUrl url, int connections) {
    if (connections < 1) {
      throw new IllegalArgumentException(
          "a store needs at least one connection, got " + connections);
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("warta-store");
    config.setDataSource(dataSource(url));
    config.setMaximumPoolSize(connections);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(30_000);
    config.setInitializationFailTimeout(-1);
    HikariDataSource pool = new HikariDataSource(config);
    Database db = new Database(url, pool);
    try {
      db.migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return db;
  }

  private static DataSource dataSource(DatabaseUrl url) {
    if (url.dialect() == DatabaseUrl.Dialect.SQLITE) {
      createParentFolder(url);
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.setBusyTimeout(30_000);
      config.enforceForeignKeys(true);
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      SQLiteDataSource ds = new SQLiteDataSource(config);
      ds.setUrl(url.jdbcUrl());
      return ds;
    }
    org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
    ds.setURL(url.jdbcUrl());
    return ds;
  }

  private static void createParentFolder(DatabaseUrl url) {
    String file = url.jdbcUrl().substring("jdbc:sqlite:".length());
    int q = file.indexOf('?');
    if (q >= 0) {
      file = file.substring(0, q);
    }
    if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new StoreException(
          "cannot create the data folder "
              + parent
              + " for "
              + url.redacted()
              + ": "
              + e.getMessage()
              + " (choose another folder with --data or WARTA_DATA)",
          e);
    }
  }

  private void migrate() {
    String folder = url.dialect() == DatabaseUrl.Dialect.SQLITE ? "sqlite" : "postgresql";
    try {
      Flyway.configure(Database.class.getClassLoader())
          .dataSource(pool)
          .locations("classpath:db/" + folder)
          // owners number migrations in separate ranges (V3-9, V10-19, V20-29, V30-39): a later
          // V2x must still apply to a database that already has V3x
          .outOfOrder(true)
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "cannot prepare the database "
              + url.redacted()
              + ": "
              + e.getMessage()
              + " (is it reachable, writable and made by this or an older Warta?)",
          e);
    }
  }

  DatabaseUrl url() {
    return url;
  }

  boolean isSqlite() {
    return url.dialect() == DatabaseUrl.Dialect.SQLITE;
  }

  /** Runs read work on a pooled connection in auto-commit mode. */
  <T> T read(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
  <T> T write(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  StoreException failure(SQLException e) {
    return new StoreException("database " + url.redacted() + " failed: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    pool.close();
  }
}
