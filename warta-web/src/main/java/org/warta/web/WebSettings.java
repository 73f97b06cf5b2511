package org.warta.web;

import java.time.ZoneId;

/**
 * How the site is served: where it listens, the default interface language and the time zone in
 * which dates are shown to readers.
 */
public record WebSettings(String host, int port, String defaultLanguage, ZoneId zone) {
  public WebSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (!org.warta.web.i18n.UiLanguage.SUPPORTED.contains(defaultLanguage)) {
      throw new IllegalArgumentException(
          "default language must be 'id' or 'en', got '" + defaultLanguage + "'");
    }
  }

  /** Port 8080 on all interfaces, Indonesian interface, Western Indonesia time. */
  public static WebSettings defaults() {
    return new WebSettings("0.0.0.0", 8080, "id", ZoneId.of("Asia/Jakarta"));
  }

  public WebSettings withPort(int newPort) {
    return new WebSettings(host, newPort, defaultLanguage, zone);
  }

  public WebSettings withHost(String newHost) {
    return new WebSettings(newHost, port, defaultLanguage, zone);
  }
}
