package org.warta.cli.settings;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.warta.cli.UserError;
import org.warta.fetch.FetcherSettings;

/**
 * Resolves {@link Settings}: defaults, then the settings file ({@code --config}, {@code
 * WARTA_CONFIG} or {@code warta.properties} in the data folder), then environment variables, then
 * command-line options. Values are checked here, at startup, with messages naming the key.
 */
public final class SettingsLoader {
  private SettingsLoader() {}

  /**
   * @param home the installation folder (where the launcher lives), for the default data folder
   * @param dataOption {@code --data}, if given
   * @param configOption {@code --config}, if given
   */
  public static Settings load(
      Path home, Optional<Path> dataOption, Optional<Path> configOption, Map<String, String> env) {
    Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
    Path dataDir =
        dataOption
            .or(
                () ->
                    Optional.ofNullable(env.get("WARTA_DATA"))
                        .filter(s -> !s.isBlank())
                        .map(Path::of))
            .orElse(home.resolve("data"));
    Optional<Path> file =
        configOption.or(
            () ->
                Optional.ofNullable(env.get("WARTA_CONFIG"))
                    .filter(s -> !s.isBlank())
                    .map(Path::of));
    if (file.isEmpty() && Files.isRegularFile(dataDir.resolve("warta.properties"))) {
      file = Optional.of(dataDir.resolve("warta.properties"));
    }
    file.ifPresent(f -> values.putAll(readFile(f)));
    for (SettingKey k : SettingKey.values()) {
      String v = env.get(k.env());
      if (v != null && !v.isBlank()) {
        values.put(k, v.strip());
      }
    }
    if (dataOption.isEmpty() && values.containsKey(SettingKey.DATA)) {
      dataDir = Path.of(values.get(SettingKey.DATA));
    }
    return build(dataDir.toAbsolutePath().normalize(), values);
  }

  private static Settings build(Path dataDir, Map<SettingKey, String> v) {
    String contact = v.getOrDefault(SettingKey.CONTACT_URL, FetcherSettings.DEFAULT_CONTACT_URL);
    return new Settings(
        dataDir,
        Optional.ofNullable(v.get(SettingKey.DATABASE_URL)),
        Optional.ofNullable(v.get(SettingKey.DATABASE_POOL_SIZE))
            .map(n -> intValue(SettingKey.DATABASE_POOL_SIZE, n, 1, 1_000)),
        v.getOrDefault(SettingKey.HOST, "0.0.0.0"),
        intValue(SettingKey.PORT, v.getOrDefault(SettingKey.PORT, "8080"), 0, 65_535),
        language(v.getOrDefault(SettingKey.LANGUAGE, "id")),
        zone(v.getOrDefault(SettingKey.TIMEZONE, "Asia/Jakarta")),
        userAgent(v.getOrDefault(SettingKey.USER_AGENT, FetcherSettings.defaultUserAgent(contact))),
        hosts(v.getOrDefault(SettingKey.ALLOWED_HOSTS, "")),
        intValue(
            SettingKey.MAX_ARTICLES_PER_POLL,
            v.getOrDefault(SettingKey.MAX_ARTICLES_PER_POLL, "100"),
            1,
            10_000),
        Optional.ofNullable(v.get(SettingKey.RETENTION_MAX_AGE)),
        Optional.ofNullable(v.get(SettingKey.RETENTION_MAX_SIZE)),
        Duration.ofMillis(
            intValue(
                SettingKey.POLITENESS_DELAY,
                v.getOrDefault(SettingKey.POLITENESS_DELAY, "1000"),
                0,
                600_000)),
        publicUrl(v.getOrDefault(SettingKey.PUBLIC_URL, "")),
        pollBound(SettingKey.POLL_MIN_INTERVAL, v.getOrDefault(SettingKey.POLL_MIN_INTERVAL, "5m")),
        pollMax(v));
  }

  private static Duration pollMax(Map<SettingKey, String> v) {
    String raw = v.getOrDefault(SettingKey.POLL_MAX_INTERVAL, "6h");
    Duration max = pollBound(SettingKey.POLL_MAX_INTERVAL, raw);
    Duration min =
        pollBound(SettingKey.POLL_MIN_INTERVAL, v.getOrDefault(SettingKey.POLL_MIN_INTERVAL, "5m"));
    if (max.compareTo(min) < 0) {
      throw new UserError(
          SettingKey.POLL_MAX_INTERVAL.key()
              + " ("
              + SettingKey.POLL_MAX_INTERVAL.env()
              + ") must not be below "
              + SettingKey.POLL_MIN_INTERVAL.key()
              + " ("
              + v.getOrDefault(SettingKey.POLL_MIN_INTERVAL, "5m")
              + "), got '"
              + raw
              + "'");
    }
    return max;
  }

  private static final java.util.regex.Pattern SPAN =
      java.util.regex.Pattern.compile("(\\d{1,6})\\s*([smhd])");

  /** A polling bound such as {@code 90s}, {@code 10m}, {@code 6h}, {@code 1d}: 1 min to 7 days. */
  private static Duration pollBound(SettingKey key, String raw) {
    var m = SPAN.matcher(raw.strip().toLowerCase(java.util.Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration d =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
      if (d.compareTo(Duration.ofMinutes(1)) >= 0 && d.compareTo(Duration.ofDays(7)) <= 0) {
        return d;
      }
    }
    throw new UserError(
        key.key()
            + " ("
            + key.env()
            + ") must be a time from 1m to 7d with a unit s, m, h or d (e.g. 10m, 6h), got '"
            + raw
            + "'");
  }

  private static String userAgent(String raw) {
    try {
      return FetcherSettings.defaults().withUserAgent(raw).userAgent();
    } catch (IllegalArgumentException e) {
      throw new UserError("fetch.user-agent (WARTA_USER_AGENT): " + e.getMessage());
    }
  }

  private static Optional<URI> publicUrl(String raw) {
    if (raw.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(raw.strip());
      if (uri.getHost() != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new UserError(
        "server.public-url (WARTA_PUBLIC_URL) must be the http(s) address this server is reached"
            + " at, such as https://news.example.org/, got '"
            + raw
            + "'");
  }

  private static Map<SettingKey, String> readFile(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UserError("cannot read the settings file " + file + ": " + e.getMessage());
    }
    Map<SettingKey, String> out = new EnumMap<>(SettingKey.class);
    for (String name : p.stringPropertyNames()) {
      SettingKey key =
          SettingKey.byKey(name)
              .orElseThrow(
                  () ->
                      new UserError(
                          "unknown setting '"
                              + name
                              + "' in "
                              + file
                              + "; known settings: "
                              + Arrays.stream(SettingKey.values()).map(SettingKey::key).toList()));
      out.put(key, p.getProperty(name).strip());
    }
    return out;
  }

  private static int intValue(SettingKey key, String raw, int min, int max) {
    try {
      int v = Integer.parseInt(raw.strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UserError(
        key.key()
            + " ("
            + key.env()
            + ") must be a number from "
            + min
            + " to "
            + max
            + ", got '"
            + raw
            + "'");
  }

  private static String language(String raw) {
    if (!raw.equals("id") && !raw.equals("en")) {
      throw new UserError("ui.language (WARTA_LANGUAGE) must be 'id' or 'en', got '" + raw + "'");
    }
    return raw;
  }

  private static ZoneId zone(String raw) {
    try {
      return ZoneId.of(raw);
    } catch (DateTimeException e) {
      throw new UserError(
          "ui.timezone (WARTA_TIMEZONE) must be a time zone such as Asia/Jakarta, got '"
              + raw
              + "'");
    }
  }

  private static List<String> hosts(String raw) {
    return Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
