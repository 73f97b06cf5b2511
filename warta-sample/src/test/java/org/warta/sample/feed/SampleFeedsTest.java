package org.warta.sample.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.core.CanonicalUrl;
import org.warta.sample.SampleCorpus;
import org.warta.sample.ShippedSample;
import org.warta.sample.key.KeyEntry;
import org.warta.sample.plan.CorpusPlan;
import org.warta.sample.publisher.FeedFormat;
import org.warta.sample.publisher.Publisher;

/**
 * Each publisher's feed, read back from the WARC with a plain XML or JSON parser, lists every
 * article of the publisher, links only pages present in the WARC (once tracking parameters are
 * dropped) and gives the same publication times as the pages.
 */
class SampleFeedsTest {
  private final CorpusPlan plan = SampleCorpus.plan();
  private final Map<URI, KeyEntry> key =
      SampleCorpus.answerKey().entries().stream()
          .collect(Collectors.toMap(KeyEntry::url, Function.identity()));

  @Test
  void feedsLinkOnlyPagesOfTheWarcWithThePagesTimes() throws Exception {
    for (Publisher p : plan.publishers()) {
      var feed = ShippedSample.response(p.feedUrl());
      assertThat(feed.header("Content-Type")).isEqualTo(p.feedFormat().contentType());
      List<FeedItem> items = FeedParsing.items(p.feedFormat(), feed.body());

      assertThat(items).as("items of %s", p.feedUrl()).hasSize(plan.articlesOf(p).size());
      for (FeedItem item : items) {
        URI page = CanonicalUrl.of(item.link()).value();
        assertThat(ShippedSample.responses())
            .as("page linked by %s", p.feedUrl())
            .containsKey(page);
        assertThat(key).containsKey(page);
        assertThat(item.published().toInstant()).isEqualTo(key.get(page).published().toInstant());
        assertThat(item.published().getOffset()).isEqualTo(p.offset());
      }
    }
  }

  @Test
  void theSampleHasRssAtomAndOneJsonFeed() {
    Map<FeedFormat, Long> formats =
        plan.publishers().stream()
            .collect(Collectors.groupingBy(Publisher::feedFormat, Collectors.counting()));

    assertThat(formats.get(FeedFormat.RSS)).isGreaterThanOrEqualTo(2);
    assertThat(formats.get(FeedFormat.ATOM)).isGreaterThanOrEqualTo(2);
    assertThat(formats.get(FeedFormat.JSON)).isEqualTo(1);
  }

  @Test
  void someFeedsAddTrackingParametersToTheirLinks() throws Exception {
    long tracked = 0;
    for (Publisher p : plan.publishers()) {
      List<FeedItem> items =
          FeedParsing.items(p.feedFormat(), ShippedSample.response(p.feedUrl()).body());
      tracked += items.stream().filter(i -> i.link().contains("utm_")).count() > 0 ? 1 : 0;
    }
    assertThat(tracked).isGreaterThanOrEqualTo(2);
  }
}
