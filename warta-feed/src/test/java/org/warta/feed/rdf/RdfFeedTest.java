package org.warta.feed.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.warta.core.FeedItem;
import org.warta.feed.Feed;
import org.warta.feed.FeedFormat;
import org.warta.feed.Fixtures;

class RdfFeedTest {

  @Test
  void rss10ItemsAreSiblingsOfTheChannel() {
    Feed feed =
        Fixtures.feed("rdf/rss10.xml", "https://lontar.example/index.rdf", "application/rdf+xml");
    assertThat(feed.format()).isEqualTo(FeedFormat.RSS_10);
    assertThat(feed.title()).isEqualTo("Lontar Daily");
    assertThat(feed.cacheHints().updateInterval()).contains(Duration.ofHours(12));
    assertThat(feed.items()).hasSize(2);
    FeedItem first = feed.items().getFirst();
    assertThat(first.id()).isEqualTo("https://lontar.example/2026/03/02/ferry-schedule");
    assertThat(first.authors()).containsExactly("Sari Hartono");
    assertThat(first.categories()).containsExactly("Transport");
    assertThat(first.contentHtml())
        .isEqualTo("<p>Two morning crossings are added from next week.</p>");
    assertThat(first.published())
        .contains(OffsetDateTime.of(2026, 3, 2, 7, 30, 0, 0, ZoneOffset.ofHours(8)));
  }

  @Test
  void rdfAboutIsTheAddressWhenTheItemHasNoLink() {
    Feed feed = Fixtures.feed("rdf/rss10.xml", "https://lontar.example/index.rdf", "");
    FeedItem second = feed.items().get(1);
    assertThat(second.link())
        .isEqualTo(URI.create("https://lontar.example/2026/03/01/library-hours"));
    assertThat(second.published())
        .contains(OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void rss090IsRead() {
    Feed feed = Fixtures.feed("rdf/rss090.xml", "http://lama.example/rss", "text/xml");
    assertThat(feed.format()).isEqualTo(FeedFormat.RSS_090);
    assertThat(feed.items())
        .extracting(FeedItem::link)
        .containsExactly(URI.create("http://lama.example/first"));
  }
}
