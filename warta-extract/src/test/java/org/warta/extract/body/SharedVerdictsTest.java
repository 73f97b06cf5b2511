package org.warta.extract.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link SharedVerdicts}: what was put is found with its code, nothing else is. */
class SharedVerdictsTest {

  @Test
  void findsWhatWasPutAndNothingElse() {
    SharedVerdicts table = new SharedVerdicts(12, 3_000);

    assertThat(table.put("entry-content post-body", 9)).isTrue();
    assertThat(table.put("sidebar widget", 2)).isTrue();

    assertThat(table.find("entry-content post-body")).isEqualTo(9);
    assertThat(table.find("sidebar widget")).isEqualTo(2);
    assertThat(table.find("sidebar widgets")).isEqualTo(-1);
    assertThat(table.find("")).isEqualTo(-1);
    assertThat(table.size()).isEqualTo(2);
  }

  @Test
  void aStringPutTwiceKeepsOneSlot() {
    SharedVerdicts table = new SharedVerdicts(10, 100);

    table.put("card", 0);
    table.put("card", 0);

    assertThat(table.size()).isEqualTo(1);
    assertThat(table.find("card")).isZero();
  }

  @Test
  void manyStringsKeepTheirCodes() {
    SharedVerdicts table = new SharedVerdicts(17, 40_000); // loaded as the extractor's (0.38)
    for (int i = 0; i < 40_000; i++) {
      assertThat(table.put("col-" + i + " item", i % 64)).isTrue();
    }
    for (int i = 0; i < 40_000; i++) {
      assertThat(table.find("col-" + i + " item")).isEqualTo(i % 64);
      assertThat(table.find("row-" + i)).isEqualTo(-1);
    }
  }

  @Test
  void aFullTableDeclines() {
    SharedVerdicts table = new SharedVerdicts(10, 5);
    for (int i = 0; i < 5; i++) {
      assertThat(table.put("name" + i, 1)).isTrue();
    }

    assertThat(table.put("one more", 1)).isFalse();
    assertThat(table.find("one more")).isEqualTo(-1);
    assertThat(table.put("name3", 1)).as("already there").isTrue();
  }

  @Test
  void codesOutOfRangeAreRefused() {
    SharedVerdicts table = new SharedVerdicts(8, 10);

    assertThatThrownBy(() -> table.put("x", 64)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.put("x", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void threadsPuttingTheSameStringsAgree() throws Exception {
    SharedVerdicts table = new SharedVerdicts(16, 60_000);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 20_000; i++) {
                    table.put("shared-" + i, i % 64);
                    assertThat(table.find("shared-" + i)).isEqualTo(i % 64);
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(table.size()).isEqualTo(20_000);
  }

  @Test
  void everyVerdictRoundTripsThroughItsCode() {
    for (int c = 0; c < 64; c++) {
      assertThat(ClassHints.Verdict.ofCode(c).code()).isEqualTo(c);
    }
    assertThat(ClassHints.Verdict.NONE.code()).isZero();
    assertThat(ClassHints.Verdict.ofCode(1).weight()).isEqualTo(25);
    assertThat(ClassHints.Verdict.ofCode(2).weight()).isEqualTo(-25);
    assertThat(ClassHints.Verdict.ofCode(3).weight()).isZero();
  }
}
