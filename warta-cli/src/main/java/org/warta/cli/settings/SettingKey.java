package org.warta.cli.settings;

import java.util.Arrays;
import java.util.Optional;

/**
 * The settings table: each key with its environment variable, default and meaning. {@code warta
 * config} prints it; the README documents it; an unknown key in the settings file fails startup.
 */
public enum SettingKey {
  DATA(
      "data",
      "WARTA_DATA",
      "data/ beside the launcher",
      "folder for the database, index and imports"),
  DATABASE_URL(
      "database.url",
      "WARTA_DATABASE_URL",
      "SQLite file warta.db in the data folder",
      "JDBC URL: jdbc:sqlite:<file> or jdbc:postgresql://host:5432/db?user=..."),
  DATABASE_POOL_SIZE(
      "database.pool-size",
      "WARTA_DATABASE_POOL_SIZE",
      "PostgreSQL: 2 per processor, at least 4; SQLite: 4",
      "connections the store keeps open; more than the database's cores can serve at once"
          + " lengthen the slowest responses"),
  HOST("server.host", "WARTA_HOST", "0.0.0.0", "interface the web server listens on"),
  PORT("server.port", "WARTA_PORT", "8080", "port of the web server"),
  LANGUAGE("ui.language", "WARTA_LANGUAGE", "id", "default interface language: id or en"),
  TIMEZONE("ui.timezone", "WARTA_TIMEZONE", "Asia/Jakarta", "time zone dates are shown in"),
  USER_AGENT(
      "fetch.user-agent",
      "WARTA_USER_AGENT",
      "Warta/<version> (+<contact URL>)",
      "User-Agent sent to publishers"),
  ALLOWED_HOSTS(
      "fetch.allowed-hosts",
      "WARTA_ALLOWED_HOSTS",
      "(none)",
      "comma-separated hosts, IPs or CIDRs that may be fetched although private (intranet, tests)"),
  MAX_ARTICLES_PER_POLL(
      "fetch.max-articles-per-poll",
      "WARTA_MAX_ARTICLES_PER_POLL",
      "100",
      "new article pages fetched per source and poll"),
  CONTACT_URL(
      "fetch.contact-url",
      "WARTA_CONTACT_URL",
      "https://github.com/warta/warta",
      "where publishers learn who is fetching; part of the default User-Agent"),
  POLITENESS_DELAY(
      "fetch.politeness-delay",
      "WARTA_POLITENESS_DELAY",
      "1000",
      "minimum milliseconds between two requests to one origin (a robots.txt Crawl-delay may ask"
          + " for more)"),
  POLL_MIN_INTERVAL(
      "fetch.poll-min-interval",
      "WARTA_POLL_MIN_INTERVAL",
      "5m",
      "adaptive polling never polls a source more often than this (s, m, h or d, e.g. 10m)"),
  POLL_MAX_INTERVAL(
      "fetch.poll-max-interval",
      "WARTA_POLL_MAX_INTERVAL",
      "6h",
      "adaptive polling never waits longer than this between two polls of a healthy source"),
  PUBLIC_URL(
      "server.public-url",
      "WARTA_PUBLIC_URL",
      "(none)",
      "the address readers and WebSub hubs reach this server at: absolute links in feeds and"
          + " sitemaps, WebSub callbacks under /websub/ (without it feeds are only polled), and"
          + " source feeds built ahead for it"),
  RETENTION_MAX_AGE(
      "retention.max-age",
      "WARTA_RETENTION_MAX_AGE",
      "(keep all)",
      "warta retention purges articles older than this, e.g. 90d"),
  RETENTION_MAX_SIZE(
      "retention.max-size",
      "WARTA_RETENTION_MAX_SIZE",
      "(keep all)",
      "warta retention keeps at most this much article text, newest first, e.g. 5GB");

  private final String key;
  private final String env;
  private final String defaultText;
  private final String meaning;

  SettingKey(String key, String env, String defaultText, String meaning) {
    this.key = key;
    this.env = env;
    this.defaultText = defaultText;
    this.meaning = meaning;
  }

  public String key() {
    return key;
  }

  public String env() {
    return env;
  }

  public String defaultText() {
    return defaultText;
  }

  public String meaning() {
    return meaning;
  }

  public static Optional<SettingKey> byKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
