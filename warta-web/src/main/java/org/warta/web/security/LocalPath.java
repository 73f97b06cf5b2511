package org.warta.web.security;

import org.jspecify.annotations.Nullable;

/**
 * Redirect targets after a form or a switch: only paths of this site, so that no link can send a
 * reader elsewhere through Warta (no open redirect). Anything else becomes {@code fallback}.
 */
public final class LocalPath {
  private LocalPath() {}

  /**
   * {@code next} when it is a path of this site: starts with one "/", not "//" or "/\" (which
   * browsers read as another host), no control characters, no backslashes.
   */
  public static String orElse(@Nullable String next, String fallback) {
    if (next == null
        || next.isEmpty()
        || next.length() > 2000
        || next.charAt(0) != '/'
        || next.startsWith("//")) {
      return fallback;
    }
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        return fallback;
      }
    }
    return next;
  }
}
