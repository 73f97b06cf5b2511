package org.warta.fetch.body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
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
 * with counting streams, so that neither a lying Content-Length nor a compression bomb can make
 * the fetcher hold more than the limits.
 */
public final class BodyReader {
  private final long maxWireBytes;
  private final long maxDecodedBytes;

  public BodyReader(long maxWireBytes, long maxDecodedBytes) {
    this.maxWireBytes = maxWireBytes;
    this.maxDecodedBytes = maxDecodedBytes;
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
    try (InputStream body = in) {
      return readAll(body, Long.MAX_VALUE);
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
      return readAll(body, max);
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

  private static byte[] readAll(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[16 * 1024];
    long total = 0;
    int n;
    while (total < max && (n = in.read(chunk, 0, (int) Math.min(chunk.length, max - total))) > 0) {
      out.write(chunk, 0, n);
      total += n;
    }
    return out.toByteArray();
  }
}
