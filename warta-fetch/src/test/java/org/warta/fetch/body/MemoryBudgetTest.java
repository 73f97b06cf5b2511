package org.warta.fetch.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MemoryBudgetTest {
  private static final int MIB = 1024 * 1024;

  @Test
  void smallBodiesNeverNeedTheBudget() throws IOException {
    var budget = new MemoryBudget(4 * MIB);
    budget.reserve(4 * MIB, Long.MAX_VALUE); // the budget is spent
    var reader = new BodyReader(4 * MIB, 4 * MIB, budget, System.nanoTime());

    byte[] body = reader.read(new ByteArrayInputStream(new byte[BodyReader.ALLOWANCE]), "");

    assertThat(body).hasSize(BodyReader.ALLOWANCE);
  }

  @Test
  void aLargeBodyWaitsForTheBudgetAndGivesUpAtItsDeadline() throws IOException {
    var budget = new MemoryBudget(4 * MIB);
    budget.reserve(1, Long.MAX_VALUE);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
    var reader = new BodyReader(4 * MIB, 4 * MIB, budget, deadline);

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[2 * MIB]), ""))
        .isInstanceOfSatisfying(
            BodyLimitException.class,
            e -> assertThat(e.kind()).isEqualTo(BodyLimitException.Kind.TOTAL_TIMEOUT));
    assertThat(budget.used()).isEqualTo(1);
  }

  @Test
  void aLargeBodyReleasesItsReservationWhenDone() throws IOException {
    var budget = new MemoryBudget(4 * MIB);
    var reader = new BodyReader(4 * MIB, 4 * MIB, budget, Long.MAX_VALUE);

    reader.read(new ByteArrayInputStream(new byte[3 * MIB]), "");
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[5 * MIB]), ""))
        .isInstanceOf(BodyLimitException.class);

    assertThat(budget.used()).isZero();
  }
}
