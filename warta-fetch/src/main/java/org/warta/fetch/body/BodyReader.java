package org.warta.fetch.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads a whole body under two limits: {@code maxWireBytes} on the bytes received and {@code
 * maxDecodedBytes} on the bytes after undoing {@code Content-Encoding} (RFC 9110 section 8.4:
 * {@code gzip}/{@code x-gzip}, {@code deflate} as zlib or, as some servers send it, raw DEFLATE,
 * and {@code identity}; codings applied in sequence are undone in reverse). Decoding is done here,
 * with counting streams, so that neither a lying Content-Length nor a compression bomb can make the
 * fetcher hold more than the limits.
 */
public final class BodyReader {
  private static final int CHUNK = 64 * 1024;

  /** Bytes a body may buffer before it needs the shared budget. */
  public static final int ALLOWANCE = 1024 * 1024;

  private final long maxWireBytes;
  private final long maxDecodedBytes;
  private final MemoryBudget budget;
  private final long deadlineNanos;

  /** A reader with its own unshared budget of {@code maxDecodedBytes} and no deadline (tests). */
  public BodyReader(long maxWireBytes, long maxDecodedBytes) {
    this(
        maxWireBytes,
        maxDecodedBytes,
        new MemoryBudget(Math.max(maxWireBytes, maxDecodedBytes)),
        Long.MAX_VALUE);
  }

  /**
   * A reader that buffers within the shared {@code budget}, waiting for it at most until {@code
   * deadlineNanos} ({@link System#nanoTime()} based).
   */
  public BodyReader(
      long maxWireBytes, long maxDecodedBytes, MemoryBudget budget, long deadlineNanos) {
    this.maxWireBytes = maxWireBytes;
    this.maxDecodedBytes = maxDecodedBytes;
    this.budget = budget;
    this.deadlineNanos = deadlineNanos;
  }

  /** The decoded body; fails with {@link BodyLimitException} when a limit or the coding breaks. */
  public byte[] read(InputStream wire, String contentEncoding) throws IOException {
    InputStream in = new LimitedInputStream(wire, maxWireBytes, BodyLimitException.Kind.TOO_LARGE);
    List<String> codings = codings(contentEncoding);
    for (int i = codings.size() - 1; i >= 0; i--) {
      in = decoder(in, codings.get(i));
    }
    if (!codings.isEmpty()) {
      in = new LimitedInputStream(in, maxDecodedBytes, BodyLimitException.Kind.BOMB);
    }
    long whole = codings.isEmpty() ? maxWireBytes : Math.max(maxWireBytes, maxDecodedBytes);
    try (InputStream body = in) {
      return readAll(body, Long.MAX_VALUE, whole);
    } catch (ZipException | java.io.EOFException e) {
      throw new BodyLimitException(
          BodyLimitException.Kind.BAD_ENCODING, 0, "corrupt " + contentEncoding + " data", e);
    }
  }

  /**
   * At most {@code max} bytes of an uncompressed body, the rest ignored (robots.txt: RFC 9309
   * section 2.5 parses the first 500 KiB); still bounded by the wire limit and decoding.
   */
  public byte[] readPrefix(InputStream wire, String contentEncoding, int max) throws IOException {
    InputStream in = new LimitedInputStream(wire, maxWireBytes, BodyLimitException.Kind.TOO_LARGE);
    List<String> codings = codings(contentEncoding);
    for (int i = codings.size() - 1; i >= 0; i--) {
      in = decoder(in, codings.get(i));
    }
    try (InputStream body = in) {
      return readAll(body, max, Math.min(max, Math.max(maxWireBytes, maxDecodedBytes)));
    } catch (ZipException | java.io.EOFException e) {
      throw new BodyLimitException(
          BodyLimitException.Kind.BAD_ENCODING, 0, "corrupt " + contentEncoding + " data", e);
    }
  }

  /** The content codings of a Content-Encoding value, lower-case, without identity. */
  static List<String> codings(String contentEncoding) {
    List<String> out = new ArrayList<>();
    for (String c : contentEncoding.split(",")) {
      String coding = c.strip().toLowerCase(Locale.ROOT);
      if (!coding.isEmpty() && !coding.equals("identity")) {
        out.add(coding);
      }
    }
    return out;
  }

  private static InputStream decoder(InputStream in, String coding) throws IOException {
    return switch (coding) {
      case "gzip", "x-gzip" -> gzip(in);
      case "deflate" -> deflate(in);
      default ->
          throw new BodyLimitException(
              BodyLimitException.Kind.BAD_ENCODING,
              0,
              "unsupported Content-Encoding '" + coding + "'");
    };
  }

  private static InputStream gzip(InputStream in) throws IOException {
    try {
      return new GZIPInputStream(in, 8192);
    } catch (ZipException | java.io.EOFException e) {
      throw new BodyLimitException(
          BodyLimitException.Kind.BAD_ENCODING, 0, "not gzip data: " + e.getMessage(), e);
    }
  }

  /** zlib-wrapped (RFC 1950) when the first two bytes form a zlib header, else raw DEFLATE. */
  private static InputStream deflate(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 2);
    byte[] head = pushback.readNBytes(2);
    pushback.unread(head);
    boolean zlib =
        head.length == 2
            && (head[0] & 0x0f) == 8
            && (((head[0] & 0xff) << 8) | (head[1] & 0xff)) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    return new InflaterInputStream(pushback, inflater, 8192) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inflater.end();
        }
      }
    };
  }

  /**
   * Reads up to {@code max} bytes. The first {@link #ALLOWANCE} bytes need no budget, so small
   * bodies (nearly every feed and page) never wait; a body that grows past it reserves its whole
   * limit from the shared budget at once, so that large bodies never hold part of the budget while
   * waiting for the rest (no hold-and-wait deadlock) and queue for it instead.
   */
  private byte[] readAll(InputStream in, long max, long whole) throws IOException {
    List<byte[]> chunks = new ArrayList<>();
    long total = 0;
    long reserved = 0;
    try {
      while (total < max) {
        byte[] chunk = new byte[(int) Math.min(CHUNK, max - total)];
        int n = in.readNBytes(chunk, 0, chunk.length);
        if (n <= 0) {
          break;
        }
        if (total + n > ALLOWANCE && reserved == 0) {
          budget.reserve(whole, deadlineNanos);
          reserved = whole;
        }
        chunks.add(n == chunk.length ? chunk : Arrays.copyOf(chunk, n));
        total += n;
      }
      return concat(chunks, total);
    } finally {
      budget.release(reserved);
    }
  }

  /**
   * One array of exactly {@code total} bytes (chunks never over-allocate, unlike a doubling
   * buffer).
   */
  private static byte[] concat(List<byte[]> chunks, long total) {
    byte[] out = new byte[Math.toIntExact(total)];
    int at = 0;
    for (byte[] c : chunks) {
      System.arraycopy(c, 0, out, at, c.length);
      at += c.length;
    }
    return out;
  }
}
