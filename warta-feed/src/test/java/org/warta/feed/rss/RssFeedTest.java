package org.warta.feed.rss;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.warta.core.FeedItem;
import org.warta.core.Language;
import org.warta.feed.Feed;
import org.warta.feed.FeedFormat;
import org.warta.feed.Fixtures;

class RssFeedTest {

  private final Feed kabar =
      Fixtures.feed("rss/rss20-kabar.xml", "https://kabar.example/rss", "application/rss+xml");

  @Test
  void readsChannelMetadataWebSubAndCacheHints() {
    assertThat(kabar.format()).isEqualTo(FeedFormat.RSS_20);
    assertThat(kabar.title()).isEqualTo("Kabar Nusantara - Berita Terkini");
    assertThat(kabar.description()).isEqualTo("Berita terkini dari Kabar Nusantara");
    assertThat(kabar.link()).contains(URI.create("https://kabar.example/"));
    assertThat(kabar.language()).isEqualTo(Language.INDONESIAN);
    assertThat(kabar.updated())
        .contains(OffsetDateTime.of(2026, 3, 2, 14, 5, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(kabar.webSub().hubs()).containsExactly(URI.create("https://hub.kabar.example/"));
    assertThat(kabar.webSub().self()).contains(URI.create("https://kabar.example/rss"));
    assertThat(kabar.ttl()).contains(Duration.ofMinutes(15));
    assertThat(kabar.cacheHints().skipHours()).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(kabar.cacheHints().skipDays()).containsExactly(DayOfWeek.SUNDAY);
    assertThat(kabar.cacheHints().updateInterval()).contains(Duration.ofMinutes(15));
  }

  @Test
  void guidIsIdentityAndLinkIsAddressWhenNotPermaLink() {
    FeedItem first = kabar.items().getFirst();
    assertThat(first.id()).isEqualTo("kabar-101");
    assertThat(first.link())
        .isEqualTo(
            URI.create("https://kabar.example/read/2026/03/02/101/banjir-rob-rendam-pesisir"));
    assertThat(first.authors()).containsExactly("Rina Wulandari");
    assertThat(first.categories()).containsExactly("Nasional", "Lingkungan");
    assertThat(first.summary()).isEqualTo("<p>Air laut pasang merendam <b>tiga kelurahan</b>.</p>");
    assertThat(first.contentHtml()).contains("Warga mengungsi ke balai desa.");
    assertThat(first.published())
        .contains(OffsetDateTime.of(2026, 3, 2, 13, 45, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(first.language()).isEqualTo(Language.INDONESIAN);
  }

  @Test
  void widestMediaContentIsTheLeadImageWithCaptionAndCredit() {
    var image = kabar.items().getFirst().image().orElseThrow();
    assertThat(image.url())
        .isEqualTo(URI.create("https://img.kabar.example/2026/03/banjir-large.jpg"));
    assertThat(image.caption()).isEqualTo("Warga menyeberangi genangan di Jalan Pantai.");
    assertThat(image.credit()).isEqualTo("Kabar Nusantara/Andi");
  }

  @Test
  void relativeLinkResolvesAgainstFeedUrlAndImageEnclosureIsTheImage() {
    FeedItem second = kabar.items().get(1);
    assertThat(second.link())
        .isEqualTo(URI.create("https://kabar.example/read/2026/03/02/102/harga-cabai-turun"));
    assertThat(second.id())
        .isEqualTo("https://kabar.example/read/2026/03/02/102/harga-cabai-turun");
    assertThat(second.authors()).containsExactly("Dewi Lestari");
    assertThat(second.published())
        .contains(OffsetDateTime.of(2026, 3, 2, 11, 20, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(second.image().orElseThrow().url())
        .isEqualTo(URI.create("https://img.kabar.example/2026/03/cabai.jpg"));
  }

  @Test
  void permaLinkGuidIsTheAddressWhenThereIsNoLink() {
    FeedItem third = kabar.items().get(2);
    assertThat(third.link())
        .isEqualTo(URI.create("https://kabar.example/read/2026/03/01/103/timnas-lolos-final"));
    assertThat(third.published())
        .contains(OffsetDateTime.of(2026, 3, 1, 21, 0, 0, 0, ZoneOffset.ofHours(9)));
    assertThat(third.image().orElseThrow().url().toString()).endsWith("timnas-thumb.jpg");
  }

  @Test
  void netscapeRss091WithDoctypeAndHtmlEntitiesParses() {
    Feed feed =
        Fixtures.feed("rss/rss091-netscape.xml", "http://chronicle.example/rss.xml", "text/xml");
    assertThat(feed.format()).isEqualTo(FeedFormat.RSS_09X);
    assertThat(feed.title()).isEqualTo("Café Chronicle");
    assertThat(feed.description()).isEqualTo("Old-school news from the café desk since 1999");
    assertThat(feed.items())
        .extracting(FeedItem::title)
        .containsExactly(
            "Harbour Festival Draws Record Crowd — Organisers", "Tram Line Reopens on Rue Daumé");
    assertThat(feed.language()).isEqualTo(Language.ENGLISH);
  }

  @Test
  void rss092EnclosureThatIsNoImageGivesNoImage() {
    Feed feed = Fixtures.feed("rss/rss092.xml", "http://pelangi.example/rss", "");
    assertThat(feed.format()).isEqualTo(FeedFormat.RSS_09X);
    FeedItem item = feed.items().getFirst();
    assertThat(item.image()).isEmpty();
    assertThat(item.categories()).containsExactly("Audio");
  }

  @Test
  void wildFeedIsRepairedAndReportsWhatItRepaired() {
    Feed feed = Fixtures.feed("rss/rss20-wild.xml", "http://desa.example/feed", "text/html");
    assertThat(feed.title()).isEqualTo("Warta Desa & Kota");
    assertThat(feed.items()).hasSize(2);
    FeedItem first = feed.items().getFirst();
    assertThat(first.link())
        .isEqualTo(URI.create("http://desa.example/pasar/malam-dibuka%20kembali.html"));
    assertThat(first.published())
        .contains(OffsetDateTime.of(2026, 3, 3, 19, 30, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(first.image().orElseThrow().url())
        .isEqualTo(URI.create("http://desa.example/foto/pasar.jpg"));
    assertThat(first.authors()).containsExactly("Budi");
    FeedItem second = feed.items().get(1);
    assertThat(second.title()).isEqualTo("Rapat Warga & Kepala Desa");
    assertThat(second.link()).isEqualTo(URI.create("http://desa.example/rapat-warga"));
    assertThat(second.published())
        .contains(OffsetDateTime.of(2026, 3, 3, 8, 15, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(feed.warnings())
        .anyMatch(w -> w.contains("escaped '&'"))
        .anyMatch(w -> w.contains("prefix 'media:'"))
        .anyMatch(w -> w.contains("skipped an item without a usable link: 'Item Tanpa Tautan'"))
        .anyMatch(w -> w.contains("removed whitespace"));
  }
}
