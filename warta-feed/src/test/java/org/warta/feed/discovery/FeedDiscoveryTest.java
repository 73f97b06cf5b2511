package org.warta.feed.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.feed.Fixtures;
import org.warta.feed.discovery.DiscoveredInput.Evidence;
import org.warta.feed.discovery.DiscoveredInput.Kind;

class FeedDiscoveryTest {
  private static final URI HOME = URI.create("https://kabar.example/");

  @Test
  void declaredFeedsComeFirstCommentFeedsLast() {
    List<DiscoveredInput> found =
        FeedDiscovery.discover(Fixtures.bytes("discovery/home-kabar.html"), HOME);
    assertThat(found.subList(0, 4))
        .extracting(DiscoveredInput::url, DiscoveredInput::kind, DiscoveredInput::evidence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                URI.create("https://kabar.example/rss"), Kind.RSS, Evidence.LINK_ALTERNATE),
            org.assertj.core.groups.Tuple.tuple(
                URI.create("https://kabar.example/atom.xml"), Kind.ATOM, Evidence.LINK_ALTERNATE),
            org.assertj.core.groups.Tuple.tuple(
                URI.create("https://kabar.example/feed.json"),
                Kind.JSON_FEED,
                Evidence.LINK_ALTERNATE),
            org.assertj.core.groups.Tuple.tuple(
                URI.create("https://kabar.example/sitemap-news.xml"),
                Kind.SITEMAP,
                Evidence.DECLARED_SITEMAP));
    assertThat(found.getFirst().title()).isEqualTo("Kabar Nusantara » Feed");
    assertThat(found.getLast().kind()).isEqualTo(Kind.COMMENTS_FEED);
    assertThat(found)
        .extracting(DiscoveredInput::url)
        .doesNotContain(URI.create("https://en.kabar.example/"))
        .doesNotHaveDuplicates();
    assertThat(found)
        .filteredOn(d -> d.evidence() == Evidence.COMMON_PATH)
        .extracting(DiscoveredInput::url)
        .contains(
            URI.create("https://kabar.example/sitemap.xml"),
            URI.create("https://kabar.example/feed"));
  }

  @Test
  void pageWithoutDeclarationsStillGivesProbeCandidates() {
    List<DiscoveredInput> found =
        FeedDiscovery.discover(
            "<html><body>Nothing</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            URI.create("https://sepi.example/news/"));
    assertThat(found).allMatch(d -> d.evidence() == Evidence.COMMON_PATH);
    assertThat(found)
        .extracting(DiscoveredInput::url)
        .contains(URI.create("https://sepi.example/rss.xml"));
  }

  @Test
  void anchorsThatLookLikeFeedsAreFound() {
    assertThat(FeedDiscovery.looksLikeFeed(URI.create("https://a.example/kanal/nasional/rss"), ""))
        .isTrue();
    assertThat(FeedDiscovery.looksLikeFeed(URI.create("https://feeds.a.example/berita"), ""))
        .isTrue();
    assertThat(FeedDiscovery.looksLikeFeed(URI.create("https://a.example/export/news.xml"), "RSS"))
        .isTrue();
    assertThat(FeedDiscovery.looksLikeFeed(URI.create("https://a.example/tentang-kami"), "Tentang"))
        .isFalse();
  }

  @Test
  void sitemapsDeclaredInRobotsTxt() {
    assertThat(
            FeedDiscovery.sitemapsInRobots(
                Fixtures.bytes("discovery/robots.txt"),
                URI.create("https://kabar.example/robots.txt")))
        .containsExactly(
            URI.create("https://kabar.example/sitemap-news.xml"),
            URI.create("https://kabar.example/sitemap-index.xml"));
  }
}
