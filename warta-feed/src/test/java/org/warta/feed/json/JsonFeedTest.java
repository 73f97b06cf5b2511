package org.warta.feed.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.warta.core.FeedItem;
import org.warta.core.Language;
import org.warta.feed.Feed;
import org.warta.feed.FeedException;
import org.warta.feed.FeedFormat;
import org.warta.feed.FeedReader;
import org.warta.feed.Fixtures;

class JsonFeedTest {
  private final Feed feed =
      Fixtures.feed(
          "json/jsonfeed11.json", "https://serambi.example/feed.json", "application/feed+json");

  @Test
  void version11WithWebSubHubOnly() {
    assertThat(feed.format()).isEqualTo(FeedFormat.JSON_FEED_11);
    assertThat(feed.language()).isEqualTo(Language.INDONESIAN);
    assertThat(feed.webSub().hubs()).containsExactly(URI.create("https://hub.serambi.example/"));
    assertThat(feed.webSub().self()).contains(URI.create("https://serambi.example/feed.json"));
  }

  @Test
  void itemsResolveRelativeUrlsAndFallBackToExternalUrl() {
    assertThat(feed.items()).hasSize(2);
    FeedItem first = feed.items().getFirst();
    assertThat(first.link())
        .isEqualTo(URI.create("https://serambi.example/2026/03/02/jembatan-gantung-baru"));
    assertThat(first.authors()).containsExactly("Ayu Kartika");
    assertThat(first.categories()).containsExactly("Daerah", "Infrastruktur");
    assertThat(first.updated())
        .contains(OffsetDateTime.of(2026, 3, 2, 11, 30, 0, 0, ZoneOffset.ofHours(7)));
    FeedItem second = feed.items().get(1);
    assertThat(second.id()).isEqualTo("2002");
    assertThat(second.link()).isEqualTo(URI.create("https://mitra.example/berita/panen-kopi"));
    assertThat(second.contentHtml()).isEqualTo("Petani menyebut hasil &lt;tahun ini&gt; terbaik.");
    assertThat(second.language()).isEqualTo(Language.ENGLISH);
    // no zone in the date: the feed is Indonesian, so Western Indonesian Time is assumed
    assertThat(second.published())
        .contains(OffsetDateTime.of(2026, 3, 1, 16, 0, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(feed.warnings()).anyMatch(w -> w.contains("Catatan Tanpa Tautan"));
  }

  @Test
  void version10AuthorObjectAndBannerImage() {
    Feed old =
        Fixtures.feed(
            "json/jsonfeed10.json", "https://catatan.example/feed.json", "application/json");
    assertThat(old.format()).isEqualTo(FeedFormat.JSON_FEED_10);
    FeedItem item = old.items().getFirst();
    assertThat(item.authors()).containsExactly("Laras");
    assertThat(item.image().orElseThrow().url())
        .isEqualTo(URI.create("https://catatan.example/img/hujan.jpg"));
  }

  @Test
  void jsonThatIsNoFeedAndBrokenJsonAreTypedErrors() {
    URI url = URI.create("https://api.example/data.json");
    assertThatThrownBy(
            () ->
                FeedReader.read(
                    "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": ["
                        .getBytes(StandardCharsets.UTF_8),
                    url,
                    "application/json"))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> assertThat(e.problem()).isEqualTo(FeedException.Problem.MALFORMED))
        .hasMessageContaining(url.toString());
    assertThatThrownBy(
            () ->
                FeedReader.read(
                    "{\"data\": [1, 2]}".getBytes(StandardCharsets.UTF_8), url, "application/json"))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> assertThat(e.problem()).isEqualTo(FeedException.Problem.NOT_A_FEED));
  }
}
