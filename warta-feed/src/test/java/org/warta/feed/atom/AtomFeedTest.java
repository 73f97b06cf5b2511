package org.warta.feed.atom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.warta.core.FeedItem;
import org.warta.core.Language;
import org.warta.feed.Feed;
import org.warta.feed.FeedFormat;
import org.warta.feed.Fixtures;

class AtomFeedTest {
  private final Feed feed =
      Fixtures.feed("atom/atom10.xml", "https://tidings.example/feed.atom", "application/atom+xml");

  @Test
  void feedMetadataWithXmlBaseAndHub() {
    assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_10);
    assertThat(feed.title()).isEqualTo("Tidings & Notes");
    assertThat(feed.description()).isEqualTo("Independent reporting from a fictional coast");
    assertThat(feed.link()).contains(URI.create("https://tidings.example/"));
    assertThat(feed.language()).isEqualTo(Language.ENGLISH);
    assertThat(feed.webSub().isSubscribable()).isTrue();
    assertThat(feed.webSub().hubs())
        .containsExactly(URI.create("https://websub.tidings.example/hub"));
    assertThat(feed.updated()).contains(OffsetDateTime.of(2026, 3, 2, 9, 10, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void entryResolvesAgainstXmlBaseAndKeepsXhtmlContent() {
    FeedItem entry = feed.items().getFirst();
    assertThat(entry.id()).isEqualTo("tag:tidings.example,2026:lighthouse");
    assertThat(entry.link())
        .isEqualTo(URI.create("https://tidings.example/news/2026/03/lighthouse-restored"));
    assertThat(entry.authors()).containsExactly("Maya Putri", "Tom Reyes");
    assertThat(entry.categories()).containsExactly("Heritage", "coast");
    assertThat(entry.summary()).isEqualTo("<p>The tower is <em>lit again</em>.</p>");
    assertThat(entry.contentHtml())
        .startsWith(
            "<p>The tower is lit again after <a"
                + " href=\"https://tidings.example/2025/lighthouse-closed\">")
        .contains("<img src=\"/img/lighthouse.png\" alt=\"Lighthouse\"/>")
        .doesNotContain("<div");
    assertThat(entry.published())
        .contains(OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(entry.updated())
        .contains(OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(entry.image().orElseThrow().url())
        .isEqualTo(URI.create("https://tidings.example/img/lighthouse.png"));
  }

  @Test
  void nestedXmlBaseAndLangApplyToTheirEntry() {
    FeedItem entry = feed.items().get(1);
    assertThat(entry.link())
        .isEqualTo(URI.create("https://tidings.example/world/perahu-nelayan-kembali"));
    assertThat(entry.title()).isEqualTo("Perahu Nelayan Kembali");
    assertThat(entry.language()).isEqualTo(Language.INDONESIAN);
    assertThat(entry.contentHtml()).isEqualTo("Semua perahu kembali &lt;selamat&gt;.");
    assertThat(entry.published()).isEqualTo(entry.updated());
    assertThat(entry.image().orElseThrow().url())
        .isEqualTo(URI.create("https://tidings.example/world/thumbs/perahu.jpg"));
  }

  @Test
  void entryWithoutAlternateLinkIsSkippedWithAWarning() {
    assertThat(feed.items()).hasSize(2);
    assertThat(feed.warnings()).anyMatch(w -> w.contains("Entry Without Alternate Link"));
  }

  @Test
  void atom03UsesIssuedModifiedAndEscapedContent() {
    Feed old =
        Fixtures.feed("atom/atom03.xml", "http://pantai.example/atom.xml", "application/xml");
    assertThat(old.format()).isEqualTo(FeedFormat.ATOM_03);
    assertThat(old.description()).isEqualTo("Notes from 2005");
    FeedItem entry = old.items().getFirst();
    assertThat(entry.published())
        .contains(OffsetDateTime.of(2005, 11, 9, 19, 56, 34, 0, ZoneOffset.ofHours(8)));
    assertThat(entry.updated())
        .contains(OffsetDateTime.of(2005, 11, 9, 12, 0, 0, 0, ZoneOffset.UTC));
    assertThat(entry.contentHtml()).isEqualTo("<p>Some <b>sunset</b> photos.</p>");
    assertThat(entry.authors()).containsExactly("Ketut");
  }
}
