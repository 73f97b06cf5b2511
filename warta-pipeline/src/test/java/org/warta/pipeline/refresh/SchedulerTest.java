package org.warta.pipeline.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.NewSource;
import org.warta.core.SourceKind;
import org.warta.pipeline.fixture.FeedDocs;
import org.warta.pipeline.fixture.FeedDocs.Format;
import org.warta.pipeline.fixture.Harness;
import org.warta.pipeline.fixture.Publisher;

/**
 * {@code warta fetch} without {@code --once} (and {@code serve}'s background polling): rounds keep
 * coming while the scheduler runs, a source that becomes due is polled again and its new articles
 * are stored, and after {@link Scheduler#close()} no further request is made.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SchedulerTest {
  @TempDir Path dir;

  @Test
  void keepsPollingDueSourcesUntilClosed() throws Exception {
    try (Harness h = new Harness(dir);
        Publisher kabar = new Publisher("kabar", "Kabar Nusa", Duration.ZERO)) {
      kabar.publish(2, "/berita");
      kabar.serveChanging(
          "/rss.xml",
          Format.RSS_20.contentType,
          () -> FeedDocs.feed(Format.RSS_20, kabar, kabar.stories()));
      h.store.sources().add(NewSource.of("Kabar Nusa", kabar.url("/rss.xml"), SourceKind.FEED));
      List<PollingRound.Summary> rounds = new CopyOnWriteArrayList<>();
      List<Exception> errors = new CopyOnWriteArrayList<>();
      Scheduler scheduler =
          new Scheduler(
              h.round(), rounds::add, errors::add, Duration.ofMillis(20), Duration.ofMillis(100));
      try {
        scheduler.start();
        await(() -> rounds.size() == 1, "the first round");
        assertThat(h.store.articles().count())
            .as("the first round stores both articles")
            .isEqualTo(2);

        // nothing is due until the next poll time: the rounds in between make no request
        long feedRequests = kabar.requests("/rss.xml");
        Thread.sleep(300);
        assertThat(kabar.requests("/rss.xml")).isEqualTo(feedRequests);

        kabar.publish(3, "/berita");
        Instant due =
            h.store
                .sources()
                .status(h.store.sources().list().getFirst().id())
                .nextFetch()
                .orElseThrow();
        h.clock.set(due.plusSeconds(1));
        await(() -> rounds.size() >= 2, "the source polled again when due");
        assertThat(h.store.articles().count()).isEqualTo(5);
        assertThat(rounds.stream().mapToInt(PollingRound.Summary::created).sum()).isEqualTo(5);
        assertThat(errors).isEmpty();
        assertThat(h.index.count()).isEqualTo(5);
      } finally {
        scheduler.close();
      }

      long requestsAtClose = kabar.server.requests().size();
      kabar.publish(1, "/berita");
      h.clock.advance(Duration.ofDays(1));
      Thread.sleep(300);
      assertThat(kabar.server.requests())
          .as("no request after close")
          .hasSize((int) requestsAtClose);
      assertThat(h.store.articles().count()).isEqualTo(5);
    }
  }

  @Test
  void thePauseFollowsTheNextDueSourceWithinItsBounds() {
    Instant now = Instant.parse("2026-11-29T08:00:00Z");
    assertThat(Scheduler.pause(Optional.of(now.plusSeconds(30)), now))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(Scheduler.pause(Optional.of(now.minusSeconds(30)), now))
        .as("overdue: a short breath, not a busy loop")
        .isEqualTo(Scheduler.MIN_PAUSE);
    assertThat(Scheduler.pause(Optional.of(now.plusSeconds(3600)), now))
        .as("new sources are picked up within the longest pause")
        .isEqualTo(Scheduler.MAX_PAUSE);
    assertThat(Scheduler.pause(Optional.empty(), now)).isEqualTo(Scheduler.MAX_PAUSE);
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting until " + what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
