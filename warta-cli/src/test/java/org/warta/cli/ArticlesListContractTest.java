package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.InProcessCli.Run;
import org.warta.sample.SampleCorpus;
import org.warta.sample.key.PublisherEntry;
import org.warta.testkit.LoopbackServer;
import org.warta.testkit.LoopbackServer.Respond;

/**
 * The output contract of {@code warta articles list} and the options of {@code fetch --once --all}
 * and {@code import-warc --host/--from/--to}, as issue 4 writes them: every stored article, no
 * header, no default limit; tsv columns the URL as discovered (the link in the feed, even when it
 * redirects), canonical URL, source id, title, published time (ISO 8601).
 */
class ArticlesListContractTest {
  /** More articles than any default page size or limit would let through. */
  static final int MANY = 130;

  @TempDir Path dir;
  Path data;
  Path config;
  LoopbackServer server;
  final List<String> bigFeedLinks = new ArrayList<>();

  @BeforeEach
  void web() throws Exception {
    data = dir.resolve("data");
    Files.createDirectories(data);
    config =
        Files.writeString(
            dir.resolve("test.properties"),
            "fetch.allowed-hosts=127.0.0.1\nfetch.politeness-delay=0\n"
                + "fetch.max-articles-per-poll=500\n");
    server = LoopbackServer.start();
    // one article reached through a tracking link that redirects to the article's own address
    server.route("/r/1", Respond.redirect(301, "/2026/11/29/banjir-rob-pesisir-1.html"));
    article(1, "/2026/11/29/banjir-rob-pesisir-1.html");
    StringBuilder items = new StringBuilder();
    String tracking = server.url("/r/1").toString() + "?utm_source=rss&utm_medium=feed";
    bigFeedLinks.add(tracking);
    items.append(item("Banjir rob pesisir 1", tracking.replace("&", "&amp;")));
    for (int n = 2; n <= MANY; n++) {
      String path = "/2026/11/29/banjir-rob-pesisir-" + n + ".html";
      article(n, path);
      bigFeedLinks.add(server.url(path).toString());
      items.append(item("Banjir rob pesisir " + n, server.url(path).toString()));
    }
    server.route("/rss.xml", Respond.ok("application/rss+xml", rss("Kabar Pesisir", items)));
    StringBuilder small = new StringBuilder();
    for (int n = MANY + 1; n <= MANY + 2; n++) {
      String path = "/2026/11/30/jalan-tol-" + n + ".html";
      article(n, path);
      small.append(item("Jalan tol " + n, server.url(path).toString()));
    }
    server.route("/ekonomi.xml", Respond.ok("application/rss+xml", rss("Kabar Ekonomi", small)));
  }

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void everyArticleNoHeaderNoLimitDiscoveredUrlFirst() throws Exception {
    assertThat(warta("sources", "add", server.url("/rss.xml").toString()).status()).isZero();
    assertThat(warta("sources", "add", server.url("/ekonomi.xml").toString()).status()).isZero();
    Run fetched = warta("fetch", "--once");
    assertThat(fetched.status()).as(fetched.err()).isZero();

    Run tsv = warta("articles", "list");
    assertThat(tsv.status()).isZero();
    assertThat(tsv.lines()).as("no header, no limit").hasSize(MANY + 2);
    Map<String, String[]> byUrl = new LinkedHashMap<>();
    for (String line : tsv.lines()) {
      String[] cells = line.split("\t", -1);
      assertThat(cells).as(line).hasSize(5);
      byUrl.put(cells[0], cells);
    }
    assertThat(byUrl.keySet()).containsAll(bigFeedLinks);

    String[] redirected = byUrl.get(bigFeedLinks.getFirst());
    assertThat(redirected[0]).as("the link as the feed gave it").contains("utm_source=rss");
    assertThat(redirected[1])
        .as("canonical URL")
        .isEqualTo(server.url("/2026/11/29/banjir-rob-pesisir-1.html").toString());
    assertThat(redirected[2]).isEqualTo("1");
    assertThat(redirected[3]).isEqualTo("Banjir rob pesisir 1");
    assertThat(redirected[4]).isEqualTo("2026-11-29T08:01:00+07:00");
    for (String[] cells : byUrl.values()) {
      assertThat(cells[4]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
    }

    Run ekonomi = warta("articles", "list", "--source", "2");
    assertThat(ekonomi.lines()).hasSize(2).allMatch(l -> l.split("\t")[2].equals("2"));
    Run json = warta("articles", "list", "--format", "json");
    assertThat(json.lines()).hasSize(MANY + 2);
    ObjectMapper mapper = new ObjectMapper();
    Set<String> jsonUrls = new HashSet<>();
    for (String line : json.lines()) {
      JsonNode row = mapper.readTree(line);
      jsonUrls.add(row.get("url").asText());
      assertThat(row.get("canonical_url").asText()).startsWith("http://127.0.0.1:");
    }
    assertThat(jsonUrls).isEqualTo(byUrl.keySet());
  }

  @Test
  void fetchOnceAllPollsSourcesThatAreNotDue() throws Exception {
    assertThat(warta("sources", "add", server.url("/ekonomi.xml").toString()).status()).isZero();
    assertThat(warta("fetch", "--once").status()).isZero();
    long feedRequests = server.count("/ekonomi.xml");

    Run notDue = warta("fetch", "--once");
    assertThat(notDue.out()).contains("0 sources polled");
    assertThat(server.count("/ekonomi.xml")).isEqualTo(feedRequests);

    Run all = warta("fetch", "--once", "--all");
    assertThat(all.status()).as(all.err()).isZero();
    assertThat(all.out()).contains("1 sources polled, 0 new articles");
    assertThat(server.count("/ekonomi.xml")).isEqualTo(feedRequests + 1);
    assertThat(server.count("/2026/11/30/jalan-tol-" + (MANY + 1) + ".html"))
        .as("stored articles are not fetched again")
        .isEqualTo(1);

    Run misused = warta("fetch", "--all");
    assertThat(misused.status()).isNotZero();
    assertThat(misused.err()).contains("--all goes with --once");
  }

  @Test
  void importWarcFiltersByHostAndCaptureDay() throws Exception {
    Path warc = dir.resolve("sample.warc.gz");
    try (var in = SampleCorpus.openWarc()) {
      Files.copy(in, warc);
    }
    PublisherEntry kabar = SampleCorpus.manifest().entries().getFirst();

    Run byHost = warta("import-warc", warc.toString(), "--host", kabar.host());
    assertThat(byHost.status()).as(byHost.err()).isZero();
    List<String> rows = warta("articles", "list").lines();
    assertThat(rows).hasSize(kabar.articles());
    assertThat(rows).allMatch(r -> r.startsWith("https://" + kabar.host() + "/"));

    Path later = dir.resolve("later");
    Run future = warta(later, "import-warc", warc.toString(), "--from", "2100-01-01");
    assertThat(future.status()).as(future.err()).isZero();
    assertThat(warta(later, "articles", "list").out()).isEmpty();
    Path earlier = dir.resolve("earlier");
    assertThat(warta(earlier, "import-warc", warc.toString(), "--to", "2000-01-01").status())
        .isZero();
    assertThat(warta(earlier, "articles", "list").out()).isEmpty();
  }

  private void article(int n, String path) {
    String title = "Banjir rob pesisir " + n;
    if (path.contains("jalan-tol")) {
      title = "Jalan tol " + n;
    }
    String published = String.format(Locale.ROOT, "2026-11-29T08:%02d:00+07:00", n % 60);
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 4; p++) {
      body.append("<p>Paragraf ")
          .append(p + 1)
          .append(" laporan nomor ")
          .append(n)
          .append(": warga di kawasan pesisir utara mengungsi setelah air laut naik setinggi ")
          .append(20 + (n * 7 + p * 13) % 90)
          .append(" sentimeter, kata petugas posko bencana setempat kepada wartawan.</p>");
    }
    String html =
        "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>"
            + title
            + " - Kabar Pesisir</title><link rel=\"canonical\" href=\""
            + path
            + "\"><meta property=\"article:published_time\" content=\""
            + published
            + "\"></head><body><article><h1>"
            + title
            + "</h1>"
            + body
            + "</article></body></html>";
    server.route(path, Respond.ok("text/html; charset=utf-8", html));
  }

  private static String item(String title, String link) {
    return "<item><title>" + title + "</title><link>" + link + "</link></item>";
  }

  private static String rss(String title, CharSequence items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>"
        + title
        + "</title><link>http://127.0.0.1/</link><description>uji</description>"
        + items
        + "</channel></rss>";
  }

  Run warta(String... args) {
    return warta(data, args);
  }

  Run warta(Path dataDir, String... args) {
    return InProcessCli.run(dataDir, config, args);
  }
}
