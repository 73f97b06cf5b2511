package org.warta.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.warta.testkit.LoopbackServer.Handler;
import org.warta.testkit.LoopbackServer.Respond;

/**
 * Handlers for a {@link LoopbackServer} that behave like the hostile or broken servers a crawler
 * meets: slow drips, endless bodies, stalls, compression bombs, redirect loops, rate limits, server
 * errors, conditional GET and robots.txt. Every handler stops on its own once the client goes away
 * or after a minute, so a test that forgets to close never leaves a thread spinning.
 *
 * <pre>{@code
 * server.route("/bomb.xml", HostileRoutes.gzipBomb("application/rss+xml", 64 << 20));
 * HostileRoutes.redirectLoop(server, "/a", "/b");
 * }</pre>
 */
public final class HostileRoutes {
  private HostileRoutes() {}

  private static final Duration GIVE_UP = Duration.ofMinutes(1);
  private static final Map<Long, byte[]> GZIP_BOMBS = new ConcurrentHashMap<>();
  private static final Map<Long, byte[]> DEFLATE_BOMBS = new ConcurrentHashMap<>();

  /** 200 with chunked transfer, one byte of {@code body} every {@code interval}. */
  public static Handler slowDrip(String contentType, String body, Duration interval) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, 0);
      Instant stop = Instant.now().plus(GIVE_UP);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < bytes.length && Instant.now().isBefore(stop); i++) {
          out.write(bytes[i]);
          out.flush();
          sleep(interval);
        }
      }
    };
  }

  /** 200 with a body that never ends (64 KiB chunks as fast as the client reads). */
  public static Handler endless(String contentType) {
    byte[] chunk = "<item>endless</item>\n".repeat(3000).getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, 0);
      Instant stop = Instant.now().plus(GIVE_UP);
      try (OutputStream out = exchange.getResponseBody()) {
        while (Instant.now().isBefore(stop)) {
          out.write(chunk);
          out.flush();
        }
      }
    };
  }

  /** Sends nothing at all (no status line) for {@code delay}, then a 200. */
  public static Handler stallBeforeHeaders(Duration delay) {
    return exchange -> {
      sleep(delay);
      Respond.ok("text/plain", "late").handle(exchange);
    };
  }

  /** Sends the headers of a 200, then nothing for {@code delay}, then ends the body. */
  public static Handler stallAfterHeaders(String contentType, Duration delay) {
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write('<');
        out.flush();
        sleep(delay);
      }
    };
  }

  /** Waits {@code delay}, then answers with {@code then} (for concurrency tests). */
  public static Handler delayed(Duration delay, Handler then) {
    return exchange -> {
      sleep(delay);
      then.handle(exchange);
    };
  }

  /**
   * A {@code Content-Encoding: gzip} body that expands to {@code decompressedBytes} zero bytes
   * (about 1000:1), without a Content-Length.
   */
  public static Handler gzipBomb(String contentType, long decompressedBytes) {
    byte[] bomb = GZIP_BOMBS.computeIfAbsent(decompressedBytes, n -> compress(n, true));
    return encoded(contentType, "gzip", bomb);
  }

  /** The same bomb as zlib-wrapped {@code Content-Encoding: deflate}. */
  public static Handler deflateBomb(String contentType, long decompressedBytes) {
    byte[] bomb = DEFLATE_BOMBS.computeIfAbsent(decompressedBytes, n -> compress(n, false));
    return encoded(contentType, "deflate", bomb);
  }

  /** A well-formed gzip-encoded body. */
  public static Handler gzipped(String contentType, String body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(body.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return encoded(contentType, "gzip", bytes.toByteArray());
  }

  /** A body labelled with {@code encoding} that is not encoded that way at all. */
  public static Handler corruptEncoding(String contentType, String encoding) {
    return encoded(
        contentType, encoding, "this is not compressed".getBytes(StandardCharsets.UTF_8));
  }

  /** Installs {@code first} → {@code second} → {@code first} redirects (302). */
  public static void redirectLoop(LoopbackServer server, String first, String second) {
    server.route(first, Respond.redirect(302, second));
    server.route(second, Respond.redirect(302, first));
  }

  /** {@code status} (429 or 503) with {@code Retry-After: value} (seconds or an HTTP-date). */
  public static Handler retryAfter(int status, String value) {
    return exchange -> {
      exchange.getResponseHeaders().set("Retry-After", value);
      Respond.status(status, "slow down").handle(exchange);
    };
  }

  /** The HTTP-date form of an instant, for {@link #retryAfter(int, String)}. */
  public static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
  }

  /**
   * 200 with {@code ETag} and {@code Last-Modified}, or 304 when the request's {@code
   * If-None-Match} matches the ETag or its {@code If-Modified-Since} equals the date.
   */
  public static Handler conditional(
      String contentType, String body, String etag, String lastModified) {
    return exchange -> {
      var request = exchange.getRequestHeaders();
      String inm = request.getFirst("If-None-Match");
      String ims = request.getFirst("If-Modified-Since");
      exchange.getResponseHeaders().set("ETag", etag);
      exchange.getResponseHeaders().set("Last-Modified", lastModified);
      if (etag.equals(inm) || (inm == null && lastModified.equals(ims))) {
        Respond.send(exchange, 304, new byte[0]);
      } else {
        Respond.ok(contentType, body).handle(exchange);
      }
    };
  }

  /** A robots.txt with the given text. */
  public static Handler robots(String text) {
    return Respond.ok("text/plain; charset=utf-8", text);
  }

  private static Handler encoded(String contentType, String encoding, byte[] body) {
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.getResponseHeaders().set("Content-Encoding", encoding);
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    };
  }

  private static byte[] compress(long zeros, boolean gzip) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] block = new byte[1 << 16];
    try (OutputStream out =
        gzip
            ? new GZIPOutputStream(bytes, 1 << 16)
            : new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
      for (long left = zeros; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(block.length, left));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void sleep(Duration d) throws IOException {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("hostile route interrupted");
    }
  }
}
