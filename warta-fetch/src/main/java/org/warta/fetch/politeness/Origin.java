package org.warta.fetch.politeness;

import java.net.URI;
import java.util.Locale;
import org.warta.core.Check;

/**
 * A web origin (RFC 6454): scheme, host and port, with the default port filled in. Two URLs share
 * politeness limits and robots.txt exactly when they share the origin.
 */
public record Origin(String scheme, String host, int port) {

  public Origin {
    scheme = scheme.toLowerCase(Locale.ROOT);
    host = host.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("origin scheme must be http or https, got " + scheme);
    }
    Check.notBlank(host, "origin host");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("origin port must be 1-65535, got " + port);
    }
  }

  /** The origin of an absolute http(s) URL. */
  public static Origin of(URI url) {
    Check.httpUrl(url, "URL");
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    return new Origin(scheme, url.getHost(), port);
  }

  /** {@code scheme://host[:port]/robots.txt}. */
  public URI robotsTxt() {
    return URI.create(this + "/robots.txt");
  }

  /** {@code scheme://host[:port]}, the port only when not the scheme's default. */
  @Override
  public String toString() {
    boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }
}
