package org.warta.fetch.body;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes that pass and fails with a {@link BodyLimitException} of the given kind as soon
 * as more than {@code limit} bytes were read: the limit holds whatever Content-Length (or a gzip
 * header) claims.
 */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private final BodyLimitException.Kind kind;
  private long count;

  LimitedInputStream(InputStream in, long limit, BodyLimitException.Kind kind) {
    super(in);
    this.limit = limit;
    this.kind = kind;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    add(skipped);
    return skipped;
  }

  private void add(long n) throws BodyLimitException {
    count += n;
    if (count > limit) {
      throw new BodyLimitException(kind, limit, "more than " + limit + " bytes");
    }
  }

  long count() {
    return count;
  }
}
