package org.warta.cli.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of a Warta installation, resolved from defaults, the settings file, environment
 * variables and command-line options (later ones win). See {@link SettingKey} for the table.
 *
 * @param databaseUrl a JDBC URL, or empty for the embedded SQLite file in the data folder
 * @param databaseConnections the store's connection pool size, or empty for the default of its
 *     database
 * @param retentionMaxAge default age for {@code warta retention} (e.g. 90d), or empty
 * @param retentionMaxSize default size for {@code warta retention} (e.g. 5GB), or empty
 * @param politenessDelay the least time between two requests to one origin
 * @param publicUrl where readers and WebSub hubs reach this server: the base of the site's absolute
 *     links and WebSub callbacks, or empty (links from each request, feeds only polled)
 * @param pollMinInterval adaptive polling polls a source at most this often
 * @param pollMaxInterval adaptive polling polls a healthy source at least this often
 */
public record Settings(
    Path dataDir,
    Optional<String> databaseUrl,
    Optional<Integer> databaseConnections,
    String host,
    int port,
    String language,
    ZoneId timezone,
    String userAgent,
    List<String> allowedHosts,
    int maxArticlesPerPoll,
    Optional<String> retentionMaxAge,
    Optional<String> retentionMaxSize,
    Duration politenessDelay,
    Optional<URI> publicUrl,
    Duration pollMinInterval,
    Duration pollMaxInterval) {

  public Settings {
    allowedHosts = List.copyOf(allowedHosts);
  }

  public Settings withPort(int newPort) {
    return new Settings(
        dataDir,
        databaseUrl,
        databaseConnections,
        host,
        newPort,
        language,
        timezone,
        userAgent,
        allowedHosts,
        maxArticlesPerPoll,
        retentionMaxAge,
        retentionMaxSize,
        politenessDelay,
        publicUrl,
        pollMinInterval,
        pollMaxInterval);
  }

  public Settings withDataDir(Path dir) {
    return new Settings(
        dir,
        databaseUrl,
        databaseConnections,
        host,
        port,
        language,
        timezone,
        userAgent,
        allowedHosts,
        maxArticlesPerPoll,
        retentionMaxAge,
        retentionMaxSize,
        politenessDelay,
        publicUrl,
        pollMinInterval,
        pollMaxInterval);
  }
}
