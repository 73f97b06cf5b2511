package org.warta.sample.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic pseudo-random choices: every "random" decision of the generator is a hash of the
 * corpus seed and a name, so the same seed and content always give the same bytes and adding one
 * article does not reshuffle all the others.
 */
public final class Hashes {
  private Hashes() {}

  /** A well-mixed 64-bit value for a seed and a name. */
  public static long mix(long seed, String name) {
    byte[] d = sha256(seed + "|" + name);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (d[i] & 0xff);
    }
    return v;
  }

  /** A value in {@code [0, bound)} for a seed and a name. */
  public static int pick(long seed, String name, int bound) {
    return (int) Math.floorMod(mix(seed, name), (long) bound);
  }

  /** SHA-256 of the UTF-8 bytes of a string. */
  public static byte[] sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of some bytes. */
  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Lower-case hex of the first {@code n} bytes. */
  public static String hex(byte[] bytes, int n) {
    StringBuilder sb = new StringBuilder(2 * n);
    for (int i = 0; i < n && i < bytes.length; i++) {
      sb.append(String.format(java.util.Locale.ROOT, "%02x", bytes[i] & 0xff));
    }
    return sb.toString();
  }
}
