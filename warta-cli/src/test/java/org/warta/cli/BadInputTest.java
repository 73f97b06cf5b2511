package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.store.DatabaseUrl;
import org.warta.store.Store;
import org.warta.testkit.LoopbackServer;

/**
 * Bad input through the command line: a one-line error that names the input, a non-zero exit
 * status, and nothing already stored lost.
 */
class BadInputTest {
  @TempDir Path data;
  Path config;

  @BeforeEach
  void config() throws Exception {
    config = Files.writeString(data.resolve("test.properties"), "fetch.allowed-hosts=127.0.0.1\n");
    try (Store store = Store.open(DatabaseUrl.sqliteIn(data))) {
      store
          .sources()
          .add(
              org.warta.core.NewSource.of(
                  "Kept",
                  java.net.URI.create("https://kept.example/rss"),
                  org.warta.core.SourceKind.FEED));
    }
  }

  record Run(int status, String err) {}

  Run warta(String... args) {
    StringWriter err = new StringWriter();
    var cli = WartaCommand.commandLine();
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 4];
    all[0] = "--data";
    all[1] = data.toString();
    all[2] = "--config";
    all[3] = config.toString();
    System.arraycopy(args, 0, all, 4, args.length);
    return new Run(cli.execute(all), err.toString());
  }

  void assertNothingLost() {
    try (Store store = Store.open(DatabaseUrl.sqliteIn(data))) {
      assertThat(store.sources().list()).extracting(s -> s.name()).containsExactly("Kept");
    }
  }

  @Test
  void aMalformedFeed() {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.route(
          "/broken.xml",
          LoopbackServer.Respond.ok(
              "application/rss+xml", "<rss><channel><title>Kabar</title><item><link>"));
      String url = server.url("/broken.xml").toString();
      Run run = warta("sources", "add", url);
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.err().lines().toList()).hasSize(1);
      assertThat(run.err()).startsWith("warta: ").contains(url);
    }
    assertNothingLost();
  }

  @Test
  void aFileThatIsNoWarc() throws Exception {
    Path notes = Files.writeString(data.resolve("notes.txt"), "not an archive\n");
    Run run = warta("import-warc", notes.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).startsWith("warta: ").contains("notes.txt");
    assertNothingLost();
  }

  @Test
  void anUnreachableUrl() {
    String url = "http://127.0.0.1:9/feed.xml";
    Run run = warta("sources", "add", url);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).startsWith("warta: ").contains("127.0.0.1:9");
    assertNothingLost();
  }

  @Test
  void somethingThatIsNoUrl() {
    Run run = warta("sources", "add", "kabar nusa");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("warta: ").contains("kabar nusa");
    assertNothingLost();
  }
}
