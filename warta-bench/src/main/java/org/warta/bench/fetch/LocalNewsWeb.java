package org.warta.bench.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A fictional news web on 127.0.0.1 for the polling benchmark: {@code origins} HTTP servers (one
 * port each, so one politeness origin each), every one serving {@code /feed/<n>} for its share of
 * the sources (round-robin: source {@code n} lives on origin {@code n % origins}). Source {@code n}
 * is faulty when {@code (n / origins + n % origins) % 10 == 9}: 10 % of the sources, spread over
 * the origins as in real life where a broken feed shares its host with working ones; by turns slow
 * (one byte per second), HTTP 500, or an endless body. Everything else is a 30-item RSS feed.
 */
final class LocalNewsWeb implements AutoCloseable {
  private static final byte[] FEED = rss();
  private final List<HttpServer> servers = new ArrayList<>();

  LocalNewsWeb(int origins) throws IOException {
    for (int i = 0; i < origins; i++) {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
      server.createContext("/", LocalNewsWeb::serve);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.start();
      servers.add(server);
    }
  }

  /** The feed URL of source {@code n}, spread round-robin over the origins. */
  URI feed(int n, boolean withFaults) {
    HttpServer server = servers.get(n % servers.size());
    int origin = n % servers.size();
    int rank = n / servers.size();
    // every tenth source by (rank + origin): 10 % overall, spread over the origins
    boolean faulty = withFaults && (rank + origin) % 10 == 9;
    String kind = faulty ? FAULTS[(rank + origin / 10) % 3] : "ok";
    return URI.create(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/feed/" + n + "/" + kind);
  }

  private static final String[] FAULTS = {"slow", "error", "endless"};

  private static void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      switch (path.substring(path.lastIndexOf('/') + 1)) {
        case "slow" -> FaultyFeeds.slow(exchange);
        case "error" ->
            FaultyFeeds.send(
                exchange, 500, "text/plain", "internal error".getBytes(StandardCharsets.UTF_8));
        case "endless" -> FaultyFeeds.endless(exchange);
        default -> FaultyFeeds.send(exchange, 200, "application/rss+xml; charset=utf-8", FEED);
      }
    } catch (IOException e) {
      // the fetcher hung up on a faulty source: expected
    }
  }

  private static byte[] rss() {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kabar Lokal</title>"
                + "<link>https://kabar.example/</link><description>bench</description>");
    for (int i = 0; i < 30; i++) {
      sb.append("<item><title>Berita ")
          .append(i)
          .append("</title><link>https://kabar.example/berita/")
          .append(i)
          .append("</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate><description>")
          .append("Paragraf pendek tentang peristiwa rekaan. ".repeat(8))
          .append("</description></item>");
    }
    return sb.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
  }
}
