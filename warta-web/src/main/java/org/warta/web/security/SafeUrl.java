package org.warta.web.security;

import java.net.URI;
import java.util.Locale;

/**
 * Links to other sites as templates may print them: only absolute http(s) URLs pass; anything else
 * ({@code javascript:}, {@code data:}, relative or malformed) becomes the empty string, and
 * templates leave such links out. Escaping the attribute is the template's job; this guards the
 * scheme, which escaping cannot.
 */
public final class SafeUrl {
  private SafeUrl() {}

  public static String href(URI url) {
    String scheme = url.getScheme();
    if (scheme == null || url.getHost() == null) {
      return "";
    }
    String s = scheme.toLowerCase(Locale.ROOT);
    return s.equals("http") || s.equals("https") ? url.toString() : "";
  }

  public static String href(String url) {
    try {
      return href(URI.create(url.strip()));
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
