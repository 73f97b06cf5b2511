package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.InProcessCli.Run;
import org.warta.sample.SampleCorpus;
import org.warta.sample.key.PublisherEntry;
import org.warta.testkit.LoopbackServer.Respond;

/**
 * The ingestion commands end to end, as a user types them: the sample publishers served on
 * 127.0.0.1 behind a home page that declares one feed; {@code sources add|list|show|pause|resume|
 * remove|export-opml|import-opml}, {@code discover}, {@code fetch}, {@code articles list} in both
 * formats, {@code add-article}, {@code crawl} and {@code import-warc --language}, with the contact
 * URL and politeness delay from the settings file.
 */
class IngestionCommandsTest {
  @TempDir Path dir;
  Path data;
  Path config;
  SampleWeb web;
  PublisherEntry kabar;
  String feed;

  @BeforeEach
  void web() throws Exception {
    data = dir.resolve("data");
    Files.createDirectories(data);
    config =
        Files.writeString(
            dir.resolve("test.properties"),
            "fetch.allowed-hosts=127.0.0.1\nfetch.politeness-delay=10\n"
                + "fetch.contact-url=https://warta.example/kontak\n");
    Path warc = dir.resolve("sample.warc.gz");
    try (var in = SampleCorpus.openWarc()) {
      Files.copy(in, warc);
    }
    web = new SampleWeb(warc);
    kabar = SampleCorpus.manifest().entries().getFirst();
    feed = web.local(kabar.feedUrl().toString());
    String home =
        "<html><head><title>Kabar Nusa</title><link rel=\"alternate\""
            + " type=\"application/rss+xml\" title=\"Kabar Nusa\" href=\""
            + feed
            + "\"></head><body><p>Selamat datang</p></body></html>";
    web.server.route("/", Respond.ok("text/html; charset=utf-8", home));
  }

  @AfterEach
  void close() {
    web.close();
  }

  Run warta(Path dataDir, String... args) {
    return InProcessCli.run(dataDir, config, args);
  }

  Run warta(String... args) {
    return warta(data, args);
  }

  @Test
  void addDiscoverFetchListShowPauseResumeExportImportRemove() throws Exception {
    String home = web.server.url("/").toString();
    Run discovered = warta("discover", home);
    assertThat(discovered.status()).as(discovered.err()).isZero();
    assertThat(discovered.lines()).singleElement().asString().startsWith("feed\t" + feed + "\t");
    assertThat(warta("sources", "list").out()).as("discover adds nothing").isEmpty();

    Run added = warta("sources", "add", home);
    assertThat(added.status()).as(added.err()).isZero();
    assertThat(added.out())
        .contains(home + " is a home page; it leads to 1 feed:")
        .contains("added the RSS 2.0 feed 'Kabar Nusa'")
        .contains("1\tfeed\tKabar Nusa\t" + feed);

    Run fetched = warta("fetch", "--once");
    assertThat(fetched.status()).as(fetched.err()).isZero();
    assertThat(web.server.requests())
        .allSatisfy(
            r -> assertThat(r.header("User-Agent")).endsWith("(+https://warta.example/kontak)"));

    Run tsv = warta("articles", "list");
    assertThat(tsv.lines()).hasSize(kabar.articles());
    for (String line : tsv.lines()) {
      String[] cells = line.split("\t", -1);
      assertThat(cells).hasSize(5);
      assertThat(cells[0]).startsWith(web.base(kabar.host()));
      assertThat(cells[1]).startsWith("http://127.0.0.1:");
      assertThat(cells[2]).isEqualTo("1");
      assertThat(cells[3]).isNotBlank();
      assertThat(cells[4])
          .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
    }
    Run json = warta("articles", "list", "--source", "1", "--format", "json");
    ObjectMapper mapper = new ObjectMapper();
    assertThat(json.lines()).hasSize(kabar.articles());
    JsonNode first = mapper.readTree(json.lines().getFirst());
    assertThat(first.get("url").asText()).isEqualTo(tsv.lines().getFirst().split("\t")[0]);
    assertThat(first.get("source").asLong()).isEqualTo(1);
    assertThat(warta("articles", "list", "--source", "9").status()).isEqualTo(1);

    Run shown = warta("sources", "show", "1");
    assertThat(shown.out())
        .contains("name         Kabar Nusa")
        .contains("articles     " + kabar.articles())
        .contains("last fetch   20")
        .contains("next fetch   20")
        .contains("failures     0 in a row");
    assertThat(warta("sources", "pause", feed).out()).contains("paused source 1");
    assertThat(warta("sources", "list").out()).contains("\tpaused\t");
    assertThat(warta("sources", "resume", "1").out()).contains("resumed source 1");
    assertThat(warta("sources", "list").out()).contains("\tactive\t");
    assertThat(warta("sources", "show", "1").out()).contains("dedupe       on");
    assertThat(warta("sources", "dedupe", "1", "off").out())
        .contains("dedupe off for source 1", "kept apart from their copies");
    assertThat(warta("sources", "show", feed).out()).contains("dedupe       off");
    assertThat(warta("sources", "dedupe", feed, "on").out()).contains("dedupe on for source 1");
    Run badState = warta("sources", "dedupe", "1", "maybe");
    assertThat(badState.status()).isEqualTo(1);
    assertThat(badState.err()).contains("warta: expected on or off, not 'maybe'");
    assertThat(warta("sources", "show", "99").err()).contains("warta: no source '99'");

    Path opml = dir.resolve("langganan.opml");
    assertThat(warta("sources", "export-opml", opml.toString()).status()).isZero();
    assertThat(Files.readString(opml)).contains("xmlUrl=\"" + feed + "\"");
    Path other = dir.resolve("other");
    Run imported = warta(other, "sources", "import-opml", opml.toString());
    assertThat(imported.out()).contains("1 sources added");
    assertThat(warta(other, "sources", "list").out()).contains("Kabar Nusa");

    Run removed = warta("sources", "remove", "1");
    assertThat(removed.out())
        .contains("removed source 1 'Kabar Nusa' and its " + kabar.articles() + " articles");
    assertThat(warta("articles", "list").out()).isEmpty();
  }

  @Test
  void singleArticlesCrawlsAndWarcImportsByLanguage() throws Exception {
    PublisherEntry second = SampleCorpus.manifest().entries().get(1);
    String home = web.local(second.homeUrl().toString());
    Run crawled = warta("crawl", home, "--max-pages", "3");
    assertThat(crawled.status()).as(crawled.err()).isZero();
    assertThat(crawled.out()).contains("3 pages fetched").contains("stopped at the cap");
    List<String> stored = warta("articles", "list").lines();
    assertThat(stored).isNotEmpty().hasSizeLessThanOrEqualTo(3);

    String article = stored.getFirst().split("\t")[0];
    Run again = warta("add-article", article);
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.err()).contains("already stored");
    Run missing =
        warta("add-article", web.server.url("/nowhere/2026/11/28/tidak-ada-123").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains("warta: cannot add").contains("404");

    Path warc = dir.resolve("sample.warc.gz");
    Path english = dir.resolve("english");
    Run imported = warta(english, "import-warc", warc.toString(), "--language", "en");
    assertThat(imported.status()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("records/s", "MB/s");
    List<String> rows = warta(english, "articles", "list", "--format", "json").lines();
    assertThat(rows).isNotEmpty();
    assertThat(warta(english, "import-warc", warc.toString(), "--language", "123").err())
        .contains("--language");
  }
}
