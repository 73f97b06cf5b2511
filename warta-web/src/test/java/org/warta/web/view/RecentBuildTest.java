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
}
