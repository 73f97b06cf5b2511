package org.warta.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.warta.feed.discovery.ArticleLinks;
import org.warta.feed.discovery.FeedDiscovery;
import org.warta.feed.sitemap.SitemapReader;

/**
 * Broken input of any shape ends in a {@link Feed} or a {@link FeedException}: never another
 * exception, never a hang. Inputs are the fixtures truncated and with bytes overwritten, as
 * interrupted downloads and broken templates produce them.
 */
class FeedReaderProperties {
  private static final URI URL = URI.create("https://fuzz.example/feed");
  private static final List<String> FIXTURES =
      List.of(
          "rss/rss20-kabar.xml",
          "rss/rss091-netscape.xml",
          "rss/rss20-wild.xml",
          "atom/atom10.xml",
          "atom/atom03.xml",
          "rdf/rss10.xml",
          "json/jsonfeed11.json",
          "sitemap/news-sitemap.xml",
          "opml/reader-export.opml");

  @Provide
  Arbitrary<byte[]> damaged() {
    Arbitrary<byte[]> original = Arbitraries.of(FIXTURES).map(Fixtures::bytes);
    return original.flatMap(
        bytes ->
            Arbitraries.integers()
                .between(0, bytes.length)
                .flatMap(
                    cut ->
                        Arbitraries.integers()
                            .between(0, Math.max(0, cut - 1))
                            .list()
                            .ofMaxSize(8)
                            .flatMap(
                                positions ->
                                    Arbitraries.bytes()
                                        .list()
                                        .ofSize(positions.size())
                                        .map(
                                            values -> {
                                              byte[] copy = Arrays.copyOf(bytes, cut);
                                              for (int i = 0; i < positions.size(); i++) {
                                                if (positions.get(i) < copy.length) {
                                                  copy[positions.get(i)] = values.get(i);
                                                }
                                              }
                                              return copy;
                                            }))));
  }

  @Property(tries = 1500)
  void damagedDocumentsGiveAFeedOrATypedError(
      @ForAll("damaged") byte[] body, @ForAll("contentTypes") String contentType) {
    try {
      Feed feed = FeedReader.read(body, URL, contentType);
      assertThat(feed.items()).allMatch(item -> item.link().isAbsolute());
    } catch (FeedException e) {
      assertThat(e.getMessage()).contains(URL.toString());
    }
  }

  @Property(tries = 500)
  void sitemapReaderLikewise(@ForAll("damaged") byte[] body) {
    try {
      assertThat(SitemapReader.read(body, URL, "application/xml").warnings()).isNotNull();
    } catch (FeedException e) {
      assertThat(e.problem()).isNotNull();
    }
  }

  @Property(tries = 300)
  void discoveryNeverFailsOnAnyBytes(
      @ForAll("damaged") byte[] body, @ForAll @IntRange(min = 1, max = 50) int cap) {
    assertThat(ArticleLinks.discover(body, URL, cap).articles()).hasSizeLessThanOrEqualTo(cap);
    assertThat(FeedDiscovery.discover(body, URL)).isNotEmpty(); // the common paths at least
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of(
        "",
        "application/rss+xml",
        "text/html; charset=utf-8",
        "application/json",
        "text/xml; charset=windows-1252",
        "application/octet-stream",
        "text/plain; charset=bogus");
  }
}
