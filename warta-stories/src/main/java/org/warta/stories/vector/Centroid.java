package org.warta.stories.vector;

import java.util.Arrays;

/**
 * The sum of a story's article vectors, kept to its {@code cap} heaviest terms: a cap keeps memory
 * bounded and stops generic background terms, each carried by only a few articles, from
 * accumulating into a centroid that everything matches (the "chaining" of unrelated stories). Keys
 * sorted ascending. Not thread-safe.
 */
public final class Centroid {
  private static final float EPSILON = 1e-6f;

  private int[] keys;
  private float[] values;
  private int size;

  /** An empty centroid. */
  public Centroid() {
    keys = new int[0];
    values = new float[0];
  }

  /** Removes every entry. */
  public void clear() {
    keys = new int[0];
    values = new float[0];
    size = 0;
  }

  /** A centroid holding one vector. */
  public static Centroid of(SparseVector v) {
    Centroid c = new Centroid();
    c.add(v, 1f, Integer.MAX_VALUE);
    return c;
  }

  /** Adds {@code sign * v} (use -1 to take an article out), then keeps the {@code cap} heaviest. */
  public void add(SparseVector v, float sign, int cap) {
    int[] k = new int[size + v.size()];
    float[] w = new float[k.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < size || j < v.size()) {
      int a = i < size ? keys[i] : Integer.MAX_VALUE;
      int b = j < v.size() ? v.key(j) : Integer.MAX_VALUE;
      float value;
      int key;
      if (a == b) {
        key = a;
        value = values[i++] + sign * v.value(j++);
      } else if (a < b) {
        key = a;
        value = values[i++];
      } else {
        key = b;
        value = sign * v.value(j++);
      }
      if (value > EPSILON) {
        k[n] = key;
        w[n++] = value;
      }
    }
    keys = k;
    values = w;
    size = n;
    if (size > cap) {
      keepHeaviest(cap);
    } else if (keys.length > size) {
      keys = Arrays.copyOf(keys, size);
      values = Arrays.copyOf(values, size);
    }
  }

  /** Adds another centroid (a merge), then keeps the {@code cap} heaviest. */
  public void add(Centroid other, int cap) {
    add(other.vector(), 1f, cap);
  }

  private void keepHeaviest(int cap) {
    SparseVector top = Weighting.top(Arrays.copyOf(keys, size), Arrays.copyOf(values, size), cap);
    keys = new int[top.size()];
    values = new float[top.size()];
    for (int i = 0; i < top.size(); i++) {
      keys[i] = top.key(i);
      values[i] = top.value(i);
    }
    size = keys.length;
  }

  public int size() {
    return size;
  }

  public int key(int i) {
    return keys[i];
  }

  public float value(int i) {
    return values[i];
  }

  /** The weight of a key, 0 when absent. */
  public float weight(int key) {
    int i = Arrays.binarySearch(keys, 0, size, key);
    return i >= 0 ? values[i] : 0f;
  }

  /** A snapshot of the current entries. */
  public SparseVector vector() {
    return SparseVector.wrap(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
  }

  /** Approximate heap bytes. */
  public long bytes() {
    return 16 + 2 * 16L + 8L * keys.length + 8;
  }
}
