package org.warta.feed.xml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.zip.GZIPInputStream;
import org.warta.feed.FeedException;
import org.warta.feed.FeedException.Problem;

/**
 * Gzip bodies ({@code sitemap.xml.gz}, feeds served as {@code application/gzip}) inflated with a
 * cap on the inflated size, so a gzip bomb ends with {@link Problem#TOO_LARGE} after at most {@code
 * max} bytes of memory.
 */
public final class Gzip {
  private Gzip() {}

  /** Whether the bytes start with the gzip magic number (RFC 1952 section 2.3.1). */
  public static boolean isGzip(byte[] body) {
    return body.length >= 2 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b;
  }

  /** The inflated body when it is gzip, else the body itself; fails beyond {@code max} bytes. */
  public static byte[] inflateIfGzip(byte[] body, URI url, int max) {
    if (!isGzip(body)) {
      return body;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, body.length * 4 + 1024));
      byte[] buffer = new byte[16384];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() + n > max) {
          throw new FeedException(
              Problem.TOO_LARGE, url, "inflates to more than " + max + " bytes (gzip bomb?)");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new FeedException(Problem.MALFORMED, url, "broken gzip data: " + e.getMessage(), e);
    }
  }

  /** The first {@code n} inflated bytes of a gzip body (fewer if it is shorter or broken). */
  public static byte[] head(byte[] body, int n) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
      return in.readNBytes(n);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
