package org.warta.feed.link;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves links as written in documents ({@code href}, {@code <link>}, {@code xml:base}) against a
 * base URI, following RFC 3986 section 5.2 (which {@link URI#resolve} does not: it keeps {@code ..}
 * above the root and mishandles empty paths and query-only references). Hrefs are read as browsers
 * read them: surrounding whitespace and embedded tabs/newlines are dropped, spaces, non-ASCII and
 * other characters illegal in URIs are percent-encoded as UTF-8.
 */
public final class Hrefs {
  private static final String ALLOWED =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&'()*+,;=";

  private Hrefs() {}

  /**
   * The href resolved against the base, any scheme; empty when the href is blank or cannot be made
   * a URI.
   */
  public static Optional<URI> resolve(URI base, String href) {
    Optional<URI> reference = parse(href);
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    URI r = reference.get();
    if (r.isAbsolute()) {
      return r.isOpaque()
          ? reference
          : rebuild(
              r.getScheme(),
              r.getRawAuthority(),
              RfcPaths.removeDotSegments(raw(r.getRawPath())),
              r.getRawQuery(),
              r.getRawFragment());
    }
    if (base.isOpaque() || !base.isAbsolute()) {
      return Optional.empty();
    }
    return merge(base, r);
  }

  /**
   * The href resolved against the base when the result is an http(s) URL with a host; empty for
   * {@code javascript:}, {@code mailto:}, {@code data:} and unusable hrefs.
   */
  public static Optional<URI> resolveHttp(URI base, String href) {
    return resolve(base, href).filter(Hrefs::isHttp);
  }

  /** Whether the URI is absolute http or https with a host. */
  public static boolean isHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }

  /** The href cleaned and parsed as a URI reference, without resolving it. */
  public static Optional<URI> parse(String href) {
    String cleaned = clean(href);
    if (cleaned.isEmpty() && href.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(cleaned));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<URI> merge(URI base, URI r) {
    String authority = base.getRawAuthority();
    String path;
    String query = r.getRawQuery();
    if (r.getRawAuthority() != null) {
      authority = r.getRawAuthority();
      path = RfcPaths.removeDotSegments(raw(r.getRawPath()));
    } else if (raw(r.getRawPath()).isEmpty()) {
      path = raw(base.getRawPath());
      query = query != null ? query : base.getRawQuery();
    } else if (r.getRawPath().startsWith("/")) {
      path = RfcPaths.removeDotSegments(r.getRawPath());
    } else {
      path =
          RfcPaths.removeDotSegments(
              RfcPaths.merge(authority != null, raw(base.getRawPath()), r.getRawPath()));
    }
    return rebuild(base.getScheme(), authority, path, query, r.getRawFragment());
  }

  private static Optional<URI> rebuild(
      String scheme, String authority, String path, String query, String fragment) {
    StringBuilder sb = new StringBuilder(scheme).append(':');
    if (authority != null) {
      sb.append("//").append(authority);
    }
    sb.append(path);
    if (query != null) {
      sb.append('?').append(query);
    }
    if (fragment != null) {
      sb.append('#').append(fragment);
    }
    try {
      return Optional.of(new URI(sb.toString()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String raw(String s) {
    return s == null ? "" : s;
  }

  /** Whitespace dropped, illegal characters percent-encoded as UTF-8, a second '#' encoded. */
  static String clean(String href) {
    String s = href.strip();
    StringBuilder sb = new StringBuilder(s.length() + 8);
    boolean fragment = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (c == '%' && isHex(s, i + 1) && isHex(s, i + 2)) {
        sb.append(c);
      } else if (c == '#' && !fragment) {
        fragment = true;
        sb.append(c);
      } else if (c < 128 && c != '#' && ALLOWED.indexOf(c) >= 0) {
        sb.append(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
        for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
          sb.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
        i = end - 1;
      }
    }
    return sb.toString();
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }
}
