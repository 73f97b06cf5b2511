package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.settings.Settings;
import org.warta.cli.settings.SettingsLoader;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.pipeline.refresh.PollingRound;
import org.warta.pipeline.setup.SourceSetup;
import org.warta.sample.SampleCorpus;
import org.warta.sample.key.PublisherEntry;
import org.warta.testkit.LoopbackServer;

/**
 * Ingest from the live web: the sample's publishers served on 127.0.0.1, their feeds added with
 * {@code sources add} and polled by a real fetcher; every listed article is stored exactly once.
 */
class FeedIngestTest {
  @TempDir Path data;

  Settings settings() {
    return SettingsLoader.load(
        data,
        Optional.of(data),
        Optional.empty(),
        Map.of("WARTA_ALLOWED_HOSTS", "127.0.0.1", "WARTA_POLITENESS_DELAY", "20"));
  }

  Path sampleWarc() throws Exception {
    Path warc = data.resolve("sample.warc.gz");
    try (var in = SampleCorpus.openWarc()) {
      Files.copy(in, warc);
    }
    return warc;
  }

  @Test
  void pollingFeedsIngestsEveryListedArticleOnce() throws Exception {
    List<PublisherEntry> publishers = SampleCorpus.manifest().entries().subList(0, 3);
    try (SampleWeb web = new SampleWeb(sampleWarc());
        App app = new App(settings())) {
      SourceSetup setup = new SourceSetup(app.store(), app.fetcher());
      for (PublisherEntry p : publishers) {
        SourceSetup.Added added = setup.add(URI.create(web.local(p.feedUrl().toString())));
        assertThat(added.sources()).extracting(Source::kind).containsExactly(SourceKind.FEED);
        assertThat(added.sources().getFirst().name()).isEqualTo(p.name());
      }
      PollingRound round = app.pollingRound();
      PollingRound.Summary first = round.run(true);
      int expected = publishers.stream().mapToInt(PublisherEntry::articles).sum();
      assertThat(first.failedSources()).isZero();
      assertThat(app.store().articles().count()).isEqualTo(expected);
      assertThat(app.index().count()).isEqualTo(expected);

      PollingRound.Summary second = round.run(true);
      assertThat(second.created()).isZero();
      assertThat(app.store().articles().count()).isEqualTo(expected);
      List<LoopbackServer.Request> pageRequests =
          web.server.requests().stream().filter(r -> !r.path().endsWith("robots.txt")).toList();
      assertThat(pageRequests.stream().map(LoopbackServer.Request::path).distinct().count())
          .as("no page fetched twice")
          .isEqualTo(
              pageRequests.stream().filter(r -> !isFeed(r.path(), publishers, web)).count()
                  + publishers.size());
    }
  }

  private static boolean isFeed(String path, List<PublisherEntry> publishers, SampleWeb web) {
    return publishers.stream()
        .anyMatch(p -> URI.create(web.local(p.feedUrl().toString())).getPath().equals(path));
  }
}
