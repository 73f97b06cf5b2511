package org.warta.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A checkpoint never names a position past a page that is still being ingested. */
class CompletionTest {
  @Test
  void theSafePointWaitsForTheSlowestEarlierPage() {
    Completion c = new Completion();
    long a = c.started(100, 2);
    long b = c.started(200, 4);
    long d = c.started(300, 6);
    assertThat(c.safe()).isEmpty();
    c.finished(b);
    c.finished(d);
    assertThat(c.safe()).as("page a is still running").isEmpty();
    c.finished(a);
    assertThat(c.safe()).contains(new Completion.Safe(300, 6));
    assertThatThrownBy(() -> c.finished(a)).hasMessageContaining("finished twice");
  }

  @Property(tries = 200)
  void inAnyFinishingOrderTheSafePointIsTheLongestFinishedPrefix(
      @ForAll @IntRange(min = 1, max = 40) int pages, @ForAll long seed) {
    Completion c = new Completion();
    List<Long> seqs = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      seqs.add(c.started(1000L * (i + 1), i + 1));
    }
    List<Long> order = new ArrayList<>(seqs);
    Collections.shuffle(order, new Random(seed));
    boolean[] done = new boolean[pages];
    for (long seq : order) {
      c.finished(seq);
      done[(int) seq] = true;
      int prefix = 0;
      while (prefix < pages && done[prefix]) {
        prefix++;
      }
      if (prefix == 0) {
        assertThat(c.safe()).isEmpty();
      } else {
        assertThat(c.safe()).contains(new Completion.Safe(1000L * prefix, prefix));
      }
    }
  }
}
