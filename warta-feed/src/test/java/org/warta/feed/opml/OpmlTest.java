package org.warta.feed.opml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.warta.feed.Fixtures;

class OpmlTest {
  private final Opml opml =
      OpmlReader.read(
          Fixtures.bytes("opml/reader-export.opml"), URI.create("file:///tmp/reader-export.opml"));

  @Test
  void importKeepsFoldersAndNestedFolders() {
    assertThat(opml.title()).isEqualTo("Langganan Sari");
    assertThat(opml.ownerName()).isEqualTo("Sari");
    assertThat(opml.created()).contains(OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC));
    List<Subscription> subscriptions = opml.subscriptions();
    assertThat(subscriptions)
        .extracting(s -> s.outline().xmlUrl().orElseThrow().toString())
        .containsExactly(
            "https://kabar.example/rss",
            "https://serambi.example/feed.json",
            "https://tidings.example/feed.atom");
    assertThat(subscriptions)
        .extracting(Subscription::folders)
        .containsExactly(List.of("Berita"), List.of("Berita", "Daerah"), List.of());
    Outline serambi = subscriptions.get(1).outline();
    assertThat(serambi.text()).isEqualTo("Serambi Digital");
    assertThat(serambi.categories()).containsExactly("/lokal", "/opini");
    assertThat(subscriptions.getFirst().outline().language()).isEqualTo("id");
    assertThat(subscriptions.get(2).outline().text()).isEqualTo("Tidings & Notes");
  }

  @Test
  void exportWritesValidOpmlThatReadsBackTheSameSubscriptions() throws Exception {
    Opml exported =
        new Opml(
            "Warta <sources>",
            Optional.of(OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC)),
            "Admin",
            OpmlWriter.tree(opml.subscriptions()));
    byte[] bytes = OpmlWriter.write(exported);

    Document dom = secureDom().parse(new ByteArrayInputStream(bytes));
    assertThat(dom.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
    assertThat(dom.getElementsByTagName("outline").getLength()).isEqualTo(5);

    Opml back = OpmlReader.read(bytes, URI.create("file:///tmp/export.opml"));
    assertThat(back.title()).isEqualTo("Warta <sources>");
    assertThat(back.created()).isEqualTo(exported.created());
    assertThat(back.subscriptions())
        .isEqualTo(
            opml.subscriptions().stream()
                .map(s -> new Subscription(s.folders(), normalised(s.outline())))
                .toList());
  }

  /** What an exported subscription reads back as: title defaults to text, type to rss. */
  private static Outline normalised(Outline o) {
    return new Outline(
        o.text(),
        o.title().isEmpty() ? o.text() : o.title(),
        o.type().isEmpty() ? "rss" : o.type(),
        o.xmlUrl(),
        o.htmlUrl(),
        o.language(),
        o.categories(),
        o.children());
  }

  private static javax.xml.parsers.DocumentBuilder secureDom() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder();
  }
}
