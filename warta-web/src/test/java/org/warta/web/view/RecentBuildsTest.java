package org.warta.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Documents reused per key until they are too old, within a byte budget. */
class RecentBuildsTest {

  @Test
  void reusesAFreshBuildPerKey() {
    AtomicInteger builds = new AtomicInteger();
    RecentBuilds docs = new RecentBuilds(Duration.ofMinutes(5), 1 << 20);
    Document a = docs.get("/feeds/source/1.rss", () -> bytes(10, builds));
    Document b = docs.get("/feeds/source/2.rss", () -> bytes(10, builds));
    assertThat(docs.get("/feeds/source/1.rss", () -> bytes(10, builds))).isSameAs(a);
    assertThat(docs.get("/feeds/source/2.rss", () -> bytes(10, builds))).isSameAs(b);
    assertThat(builds).hasValue(2);
    assertThat(docs.bytes()).isEqualTo(20);
  }

  @Test
  void anExpiredBuildIsBuiltAgainAndReplacesTheOldOne() {
    AtomicInteger builds = new AtomicInteger();
    RecentBuilds docs = new RecentBuilds(Duration.ZERO, 1 << 20);
    docs.get("/feeds/story/7.atom", () -> bytes(10, builds));
    docs.get("/feeds/story/7.atom", () -> bytes(30, builds));
    assertThat(builds).hasValue(2);
    assertThat(docs.bytes()).isEqualTo(30);
  }

  @Test
  void dropsTheLeastRecentlyUsedBeyondTheBudget() {
    AtomicInteger builds = new AtomicInteger();
    RecentBuilds docs = new RecentBuilds(Duration.ofMinutes(5), 100);
    docs.get("a", () -> bytes(25, builds));
    docs.get("b", () -> bytes(25, builds));
    docs.get("c", () -> bytes(25, builds));
    docs.get("a", () -> bytes(25, builds)); // used again: now the most recent
    docs.get("d", () -> bytes(25, builds));
    docs.get("e", () -> bytes(25, builds)); // 125 bytes: "b" goes
    assertThat(docs.bytes()).isEqualTo(100);
    int before = builds.get();
    docs.get("a", () -> bytes(25, builds));
    assertThat(builds).hasValue(before);
    docs.get("b", () -> bytes(25, builds));
    assertThat(builds).hasValue(before + 1);
  }

  @Test
  void aDocumentTooLargeForTheBudgetIsServedButNotKept() {
    AtomicInteger builds = new AtomicInteger();
    RecentBuilds docs = new RecentBuilds(Duration.ofMinutes(5), 100);
    docs.get("big", () -> bytes(60, builds));
    docs.get("big", () -> bytes(60, builds));
    assertThat(builds).hasValue(2);
    assertThat(docs.bytes()).isZero();
  }

  /** A document of {@code n} bytes in memory (its gzip encoding). */
  private static Document bytes(int n, AtomicInteger builds) {
    builds.incrementAndGet();
    return new Document(new byte[n], 4 * n, "t" + builds.get());
  }

  @Test
  void whileOneRequestBuildsAnExpiredDocumentAgainTheOthersGetTheLastBuild() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    RecentBuilds docs = new RecentBuilds(Duration.ZERO, 1 << 20);
    Document old = docs.get("/sitemap.xml", () -> bytes(10, builds));
    java.util.concurrent.CountDownLatch building = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
    var rebuild =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () ->
                docs.get(
                    "/sitemap.xml",
                    () -> {
                      building.countDown();
                      await(finish);
                      return bytes(20, builds);
                    }));
    assertThat(building.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(docs.get("/sitemap.xml", () -> bytes(30, builds)))
        .as("served the last build, not built a third time")
        .isSameAs(old);
    finish.countDown();
    assertThat(rebuild.get(30, java.util.concurrent.TimeUnit.SECONDS).size()).isEqualTo(20);
    assertThat(builds).hasValue(2);
    assertThat(docs.get("/sitemap.xml", () -> bytes(40, builds)).size())
        .as("once the rebuild is done, the next expired request builds again")
        .isEqualTo(40);
  }

  static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
