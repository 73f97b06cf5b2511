package org.warta.stories.vector;

import java.util.Arrays;

/**
 * An immutable sparse vector of term weights, keys sorted ascending. Article vectors are unit
 * length (TF-IDF, L2-normalised).
 */
public final class SparseVector {
  /** The vector with no terms. */
  public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  private final int[] keys;
  private final float[] values;

  private SparseVector(int[] keys, float[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * A vector of the given entries; the arrays are copied and sorted by key. Duplicate keys are
   * summed.
   */
  public static SparseVector of(int[] keys, float[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException(
          "keys and values differ in length: " + keys.length + " vs " + values.length);
    }
    long[] packed = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      packed[i] = ((long) keys[i] << 32) | (Float.floatToRawIntBits(values[i]) & 0xffffffffL);
    }
    Arrays.sort(packed);
    int[] k = new int[keys.length];
    float[] v = new float[keys.length];
    int n = 0;
    for (long p : packed) {
      int key = (int) (p >>> 32);
      float value = Float.intBitsToFloat((int) p);
      if (n > 0 && k[n - 1] == key) {
        v[n - 1] += value;
      } else {
        k[n] = key;
        v[n++] = value;
      }
    }
    return new SparseVector(Arrays.copyOf(k, n), Arrays.copyOf(v, n));
  }

  /** Wraps arrays already sorted by key without duplicates; the caller gives up the arrays. */
  static SparseVector wrap(int[] keys, float[] values) {
    return new SparseVector(keys, values);
  }

  public int size() {
    return keys.length;
  }

  public int key(int i) {
    return keys[i];
  }

  public float value(int i) {
    return values[i];
  }

  /** The weight of a key, 0 when absent. */
  public float weight(int key) {
    int i = Arrays.binarySearch(keys, key);
    return i >= 0 ? values[i] : 0f;
  }

  /** Squared length of the entries in the shared partitions. */
  public double sharedNorm2() {
    double s = 0;
    for (int i = 0; i < keys.length && TermKey.isShared(keys[i]); i++) {
      s += (double) values[i] * values[i];
    }
    return s;
  }

  /** Squared length. */
  public double norm2() {
    double s = 0;
    for (float v : values) {
      s += (double) v * v;
    }
    return s;
  }

  /** This vector scaled to unit length (itself when empty). */
  public SparseVector normalised() {
    double n = Math.sqrt(norm2());
    if (n == 0) {
      return this;
    }
    float[] v = new float[values.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (values[i] / n);
    }
    return new SparseVector(keys, v);
  }

  /** Approximate heap bytes of this vector (object, two arrays). */
  public long bytes() {
    return 16 + 2 * 16L + 8L * keys.length;
  }
}
