package org.warta.core;

/**
 * A well-mixed 64-bit hash of a string's characters: FNV-1a, then the MurmurHash3 finaliser. For
 * hash tables keyed by fingerprints (story term vectors, shared class-hint verdicts); not a
 * cryptographic hash.
 */
public final class Hash64 {
  private Hash64() {}

  public static long of(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0, n = s.length(); i < n; i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
