package org.warta.web;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How the site is served: where it listens, the default interface language, the time zone in which
 * dates are shown to readers who chose none, the public address used in feeds, sitemaps and
 * JSON-LD, whether session cookies are marked {@code Secure}, and how long the home page may be
 * reused before it is computed again.
 *
 * @param publicUrl the site's address as readers reach it (e.g. {@code https://warta.example/});
 *     when empty, absolute links are built from the request's Host header
 * @param secureCookies mark the admin's cookies {@code Secure} (they are always marked on HTTPS
 *     requests and when {@code publicUrl} is https)
 * @param homeCache how long the computed home page (ranking of stories) is reused; zero disables
 */
public record WebSettings(
    String host,
    int port,
    String defaultLanguage,
    ZoneId zone,
    Optional<URI> publicUrl,
    boolean secureCookies,
    Duration homeCache) {

  public WebSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (!org.warta.web.i18n.UiLanguage.SUPPORTED.contains(defaultLanguage)) {
      throw new IllegalArgumentException(
          "default language must be 'id' or 'en', got '" + defaultLanguage + "'");
    }
    if (publicUrl.isPresent()) {
      URI u = publicUrl.get();
      if (u.getScheme() == null
          || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
          || u.getHost() == null) {
        throw new IllegalArgumentException(
            "the public URL must be an absolute http(s) address such as https://warta.example/,"
                + " got '"
                + u
                + "'");
      }
    }
    if (homeCache.isNegative()) {
      throw new IllegalArgumentException("the home page cache time cannot be negative");
    }
  }

  /** The settings of earlier versions: no public URL, cookies secure on HTTPS, 5 s home cache. */
  public WebSettings(String host, int port, String defaultLanguage, ZoneId zone) {
    this(host, port, defaultLanguage, zone, Optional.empty(), false, Duration.ofSeconds(5));
  }

  /** Port 8080 on all interfaces, Indonesian interface, Western Indonesia time. */
  public static WebSettings defaults() {
    return new WebSettings("0.0.0.0", 8080, "id", ZoneId.of("Asia/Jakarta"));
  }

  public WebSettings withPort(int newPort) {
    return new WebSettings(
        host, newPort, defaultLanguage, zone, publicUrl, secureCookies, homeCache);
  }

  public WebSettings withHost(String newHost) {
    return new WebSettings(
        newHost, port, defaultLanguage, zone, publicUrl, secureCookies, homeCache);
  }

  public WebSettings withPublicUrl(URI url) {
    return new WebSettings(
        host, port, defaultLanguage, zone, Optional.of(url), secureCookies, homeCache);
  }

  public WebSettings withHomeCache(Duration ttl) {
    return new WebSettings(host, port, defaultLanguage, zone, publicUrl, secureCookies, ttl);
  }

  public WebSettings withSecureCookies(boolean secure) {
    return new WebSettings(host, port, defaultLanguage, zone, publicUrl, secure, homeCache);
  }
}
