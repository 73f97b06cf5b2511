package org.warta.bench.pipeline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import org.warta.bench.fetch.FaultyFeeds;

/**
 * A fictional news web on 127.0.0.1 for the pipeline benchmark: {@code origins} servers (one
 * politeness origin each); source {@code n} lives on origin {@code n % origins} with an RSS feed at
 * {@code /feed/<n>/ok} listing {@code articles} article pages {@code
 * /berita/2026/11/28/<n>-<i>-...} that the pipeline fetches, extracts and stores. One source in ten
 * is faulty, spread over the origins as in the fetcher's benchmark: by turns a slow drip (one byte
 * a second), HTTP 500, or an endless body.
 */
final class PipelineNewsWeb implements AutoCloseable {
  private static final String[] WORDS =
      ("pelabuhan nelayan pasar gudang beras jembatan sekolah klinik terminal bendungan warga"
              + " pedagang petani koperasi dinas balai rapat anggaran perbaikan musim hujan banjir"
              + " kemarau harga cabai bawang listrik jalan desa kota kabupaten provinsi laporan"
              + " survei jadwal kapal penumpang barang ikan tangkapan hasil panen pupuk bibit"
              + " relawan sukarela posko bantuan logistik dapur umum pengungsi tenda air bersih")
          .split(" ");
  private static final String[] FAULTS = {"slow", "error", "endless"};

  private final List<HttpServer> servers = new ArrayList<>();
  private final int articles;

  PipelineNewsWeb(int origins, int articles) throws IOException {
    this.articles = articles;
    for (int i = 0; i < origins; i++) {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
      server.createContext("/", this::serve);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.start();
      servers.add(server);
    }
  }

  /** The feed of source {@code n}; with faults, one source in ten is broken. */
  URI feed(int n, boolean withFaults) {
    int origin = n % servers.size();
    int rank = n / servers.size();
    boolean faulty = withFaults && (rank + origin) % 10 == 9;
    String kind = faulty ? FAULTS[(rank + origin / 10) % 3] : "ok";
    return URI.create(base(n) + "/feed/" + n + "/" + kind);
  }

  private String base(int n) {
    return "http://127.0.0.1:" + servers.get(n % servers.size()).getAddress().getPort();
  }

  private void serve(HttpExchange exchange) {
    try (exchange) {
      String[] parts = exchange.getRequestURI().getPath().split("/");
      if (parts.length >= 4 && parts[1].equals("feed")) {
        int n = Integer.parseInt(parts[2]);
        switch (parts[3]) {
          case "slow" -> FaultyFeeds.slow(exchange);
          case "error" -> FaultyFeeds.send(exchange, 500, "text/plain", "internal error");
          case "endless" -> FaultyFeeds.endless(exchange);
          default -> FaultyFeeds.send(exchange, 200, "application/rss+xml; charset=utf-8", rss(n));
        }
      } else if (parts.length >= 6 && parts[1].equals("berita")) {
        String[] id = parts[5].split("-");
        FaultyFeeds.send(
            exchange,
            200,
            "text/html; charset=utf-8",
            article(Integer.parseInt(id[0]), Integer.parseInt(id[1])));
      } else {
        FaultyFeeds.send(exchange, 404, "text/plain", "not found");
      }
    } catch (IOException | RuntimeException e) {
      // the fetcher hung up on a faulty source, or a malformed path: nothing to answer
    }
  }

  private String rss(int n) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kabar Lokal "
                + n
                + "</title><link>"
                + base(n)
                + "/</link><description>bench</description>");
    for (int i = 0; i < articles; i++) {
      sb.append("<item><title>")
          .append(title(n, i))
          .append("</title><link>")
          .append(base(n))
          .append(path(n, i))
          .append("</link><pubDate>")
          .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(published(n, i)))
          .append("</pubDate></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  private static String path(int n, int i) {
    return "/berita/2026/11/28/" + n + "-" + i + "-kabar-warga-dari-desa-" + n;
  }

  private static OffsetDateTime published(int n, int i) {
    return OffsetDateTime.of(2026, 11, 28, 6, 0, 0, 0, ZoneOffset.ofHours(7))
        .plusMinutes(37L * i + n % 30);
  }

  private static String title(int n, int i) {
    Random r = new Random(n * 1_000L + i);
    return "Warga "
        + word(r)
        + " dan "
        + word(r)
        + " di desa "
        + n
        + " membahas "
        + word(r)
        + " "
        + i;
  }

  private static String article(int n, int i) {
    Random r = new Random(n * 7_919L + i * 104_729L);
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 5; p++) {
      body.append("<p>");
      for (int w = 0; w < 45; w++) {
        body.append(word(r)).append(w % 9 == 8 ? ". " : " ");
      }
      body.append("angka ").append(r.nextInt(100_000)).append(".</p>\n");
    }
    String published = published(n, i).toString();
    return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>"
        + title(n, i)
        + "</title><meta property=\"og:type\" content=\"article\"><meta"
        + " property=\"article:published_time\" content=\""
        + published
        + "\"></head><body><header><nav><a href=\"/\">Beranda</a></nav></header><article><h1>"
        + title(n, i)
        + "</h1><p class=\"byline\">Penulis: Redaksi "
        + n
        + "</p>"
        + body
        + "</article><footer>Kabar Lokal</footer></body></html>";
  }

  private static String word(Random r) {
    return WORDS[r.nextInt(WORDS.length)];
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
  }
}
