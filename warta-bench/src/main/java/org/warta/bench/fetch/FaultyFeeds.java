package org.warta.bench.fetch;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Responses of the benchmarks' local news webs: a plain answer, a feed that trickles one byte a
 * second for two minutes, and one that never ends (4 GiB), as faulty publishers send them.
 */
public final class FaultyFeeds {
  private FaultyFeeds() {}

  public static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  public static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** One byte a second for two minutes (longer than any total timeout the benchmarks set). */
  public static void slow(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      for (int i = 0; i < 120; i++) {
        out.write('<');
        out.flush();
        try {
          Thread.sleep(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** A feed body of 4 GiB, far over any size limit. */
  public static void endless(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
    ex.sendResponseHeaders(200, 0);
    byte[] chunk =
        "<item><title>again</title></item>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = ex.getResponseBody()) {
      for (long sent = 0; sent < 4L << 30; sent += chunk.length) {
        out.write(chunk);
      }
    }
  }
}
