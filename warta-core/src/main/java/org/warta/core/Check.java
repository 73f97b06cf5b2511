package org.warta.core;

import java.net.URI;
import java.util.Locale;

/**
 * Argument checks for record constructors. Messages name the argument and the offending value so
 * that a user who passed it can fix it.
 */
public final class Check {
  private Check() {}

  /** Fails unless {@code value > 0}. */
  public static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  /** Fails unless {@code value >= 0}. */
  public static int notNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, got " + value);
    }
    return value;
  }

  /** Fails unless the string has non-blank content. */
  public static String notBlank(String value, String name) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Fails unless the URI is absolute with an http or https scheme and a host. */
  public static URI httpUrl(URI value, String name) {
    String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || value.getHost() == null) {
      throw new IllegalArgumentException(
          name + " must be an absolute http(s) URL, got '" + value + "'");
    }
    return value;
  }
}
