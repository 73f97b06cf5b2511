package org.warta.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Documents reused for one site address until they are too old. */
class RecentBuildTest {

  @Test
  void reusesTheLastBuildForTheSameAddressOnly() {
    AtomicInteger builds = new AtomicInteger();
    RecentBuild<String> doc = new RecentBuild<>(Duration.ofMinutes(5));
    String first = doc.get("https://warta.example", b -> b + "#" + builds.incrementAndGet());
    assertThat(doc.get("https://warta.example", b -> b + "#" + builds.incrementAndGet()))
        .isSameAs(first);
    // another Host header: built for it, and only the last address is kept
    assertThat(doc.get("http://localhost", b -> b + "#" + builds.incrementAndGet()))
        .isEqualTo("http://localhost#2");
    assertThat(doc.get("https://warta.example", b -> b + "#" + builds.incrementAndGet()))
        .isEqualTo("https://warta.example#3");
  }

  @Test
  void anExpiredBuildIsBuiltAgain() {
    AtomicInteger builds = new AtomicInteger();
    RecentBuild<Integer> doc = new RecentBuild<>(Duration.ZERO);
    doc.get("https://warta.example", b -> builds.incrementAndGet());
    assertThat(doc.get("https://warta.example", b -> builds.incrementAndGet())).isEqualTo(2);
  }

  @Test
  void whileOneRequestBuildsAnExpiredDocumentAgainTheOthersGetTheLastBuild() throws Exception {
    RecentBuild<String> doc = new RecentBuild<>(Duration.ZERO);
    String old = doc.get("https://warta.example", b -> "old");
    java.util.concurrent.CountDownLatch building = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
    var rebuild =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () ->
                doc.get(
                    "https://warta.example",
                    b -> {
                      building.countDown();
                      RecentBuildsTest.await(finish);
                      return "new";
                    }));
    assertThat(building.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(doc.get("https://warta.example", b -> "another")).isSameAs(old);
    finish.countDown();
    assertThat(rebuild.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("new");
    assertThat(doc.get("https://warta.example", b -> "next")).isEqualTo("next");
  }

  @Test
  void aFailedRebuildLetsTheNextRequestTryAgain() {
    RecentBuild<String> doc = new RecentBuild<>(Duration.ZERO);
    doc.get("https://warta.example", b -> "old");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                doc.get(
                    "https://warta.example",
                    b -> {
                      throw new IllegalStateException("database gone");
                    }))
        .hasMessage("database gone");
    assertThat(doc.get("https://warta.example", b -> "rebuilt")).isEqualTo("rebuilt");
  }
}
