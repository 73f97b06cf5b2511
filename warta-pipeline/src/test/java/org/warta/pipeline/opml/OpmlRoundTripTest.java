package org.warta.pipeline.opml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Language;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.feed.FeedException;
import org.warta.feed.opml.OpmlReader;
import org.warta.feed.opml.Subscription;
import org.warta.store.DatabaseUrl;
import org.warta.store.Store;

/**
 * {@code sources import-opml} and {@code export-opml}: subscriptions become sources in their
 * folders, outlines that are no feeds are skipped with a note, importing twice adds nothing, and
 * the export gives back the same feeds in the same folders (sitemaps and section pages only when
 * asked, with Warta's own outline types, and they import back as what they were).
 */
class OpmlRoundTripTest {
  static final URI FILE = URI.create("file:///home/rina/langganan.opml");

  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open() {
    store = Store.open(DatabaseUrl.sqliteIn(dir));
  }

  @AfterEach
  void close() {
    store.close();
  }

  static byte[] fixture() throws Exception {
    try (InputStream in = OpmlRoundTripTest.class.getResourceAsStream("/opml/langganan.opml")) {
      return in.readAllBytes();
    }
  }

  Map<String, List<String>> foldersByName() {
    Map<org.warta.core.SourceId, List<String>> folders = store.folders().all();
    return store.sources().list().stream()
        .collect(Collectors.toMap(Source::name, s -> folders.getOrDefault(s.id(), List.of())));
  }

  @Test
  void subscriptionsBecomeSourcesInTheirFolders() throws Exception {
    OpmlImport.Imported imported = new OpmlImport(store).run(fixture(), FILE);
    assertThat(imported.added()).isEqualTo(5);
    assertThat(imported.skipped()).isEqualTo(1);
    assertThat(imported.notes()).singleElement().asString().contains("Blog teman", "link");
    assertThat(foldersByName())
        .containsEntry("Kabar Nusa", List.of())
        .containsEntry("Suara Borneo", List.of("Berita", "Daerah"))
        .containsEntry("Warta Timur", List.of("Berita", "Daerah"))
        .containsEntry("Jakarta Ledger", List.of("Berita"))
        .containsEntry("Bola Raya", List.of("Olahraga"));
    Source ledger =
        store.sources().findByUrl(URI.create("https://jakartaledger.example/rss")).orElseThrow();
    assertThat(ledger.language()).isEqualTo(Language.ENGLISH);
    assertThat(ledger.kind()).isEqualTo(SourceKind.FEED);
    assertThat(ledger.homeUrl()).isEqualTo(URI.create("https://jakartaledger.example/"));

    OpmlImport.Imported again = new OpmlImport(store).run(fixture(), FILE);
    assertThat(again.added()).isZero();
    assertThat(again.known()).isEqualTo(5);
    assertThat(store.sources().list()).hasSize(5);
  }

  @Test
  void theExportGivesBackTheFeedsInTheirFoldersAndMoreWhenAsked() throws Exception {
    new OpmlImport(store).run(fixture(), FILE);
    Source section =
        store
            .sources()
            .add(
                NewSource.of(
                    "Pagi ekonomi",
                    URI.create("https://pagi.example/ekonomi"),
                    SourceKind.SECTION_PAGE));
    store.folders().setFolders(section.id(), List.of("Berita", "Tanpa feed"));
    store
        .sources()
        .add(
            NewSource.of(
                "Peta", URI.create("https://peta.example/sitemap.xml"), SourceKind.NEWS_SITEMAP));

    OpmlExport.Exported feeds =
        new OpmlExport(store).write(false, Instant.parse("2026-11-29T00:00:00Z"));
    assertThat(feeds.written()).isEqualTo(5);
    assertThat(feeds.leftOut()).isEqualTo(2);
    List<Subscription> back = OpmlReader.read(feeds.opml(), FILE).subscriptions();
    assertThat(back)
        .extracting(s -> s.outline().text() + " " + s.folders())
        .containsExactlyInAnyOrder(
            "Kabar Nusa []",
            "Suara Borneo [Berita, Daerah]",
            "Warta Timur [Berita, Daerah]",
            "Jakarta Ledger [Berita]",
            "Bola Raya [Olahraga]");
    assertThat(back).allSatisfy(s -> assertThat(s.outline().type()).isEqualTo("rss"));
    assertThat(new String(feeds.opml(), StandardCharsets.UTF_8)).contains("<opml version=\"2.0\">");

    OpmlExport.Exported all =
        new OpmlExport(store).write(true, Instant.parse("2026-11-29T00:00:00Z"));
    assertThat(all.written()).isEqualTo(7);
    try (Store other = Store.open(DatabaseUrl.sqliteIn(dir.resolve("other")))) {
      new OpmlImport(other).run(all.opml(), FILE);
      assertThat(other.sources().list())
          .extracting(Source::name, Source::kind)
          .contains(
              org.assertj.core.groups.Tuple.tuple("Pagi ekonomi", SourceKind.SECTION_PAGE),
              org.assertj.core.groups.Tuple.tuple("Peta", SourceKind.NEWS_SITEMAP));
      Source pagi =
          other.sources().findByUrl(URI.create("https://pagi.example/ekonomi")).orElseThrow();
      assertThat(other.folders().folders(pagi.id())).containsExactly("Berita", "Tanpa feed");
    }
  }

  @Test
  void aFileThatIsNoOpmlIsAClearError() {
    byte[] html = "<html><body>bukan opml</body></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new OpmlImport(store).run(html, FILE))
        .isInstanceOf(FeedException.class)
        .hasMessageContaining("langganan.opml");
    assertThat(store.sources().list()).isEmpty();
  }
}
