package org.warta.fetch.body;

import java.io.IOException;

/**
 * A body broke a limit while it was read: the fetcher turns {@link #kind()} into a problem code.
 */
public final class BodyLimitException extends IOException {
  /** Which limit was broken. */
  public enum Kind {
    /** More wire bytes than the maximum response size. */
    TOO_LARGE,
    /** More decoded bytes than the maximum decompressed size. */
    BOMB,
    /** No byte arrived within the read timeout. */
    IDLE_TIMEOUT,
    /** The total timeout of the fetch passed. */
    TOTAL_TIMEOUT,
    /** The Content-Encoding is unknown or its data is corrupt. */
    BAD_ENCODING
  }

  private final Kind kind;
  private final long limit;

  public BodyLimitException(Kind kind, long limit, String message) {
    super(message);
    this.kind = kind;
    this.limit = limit;
  }

  public BodyLimitException(Kind kind, long limit, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.limit = limit;
  }

  public Kind kind() {
    return kind;
  }

  /** The limit that was broken (bytes, or milliseconds for timeouts). */
  public long limit() {
    return limit;
  }
}
