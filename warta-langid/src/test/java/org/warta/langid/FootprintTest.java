package org.warta.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.warta.langid.model.ModelFile;
import org.warta.langid.model.NgramModel;

/**
 * The detector must stay small (issue 3: tens of MB of heap at most, under 2 s to load). The heap
 * bound is asserted; load time is only printed, since the build machine's load makes timings noisy
 * (the JMH benchmark {@code LanguageDetectorBenchmark.loadModel} measures it).
 */
class FootprintTest {
  @Test
  void theModelTablesTakeLessThanSixteenMegabytes() {
    assertThat(ModelFile.standard().memoryBytes()).isLessThan(16L << 20);
  }

  @Test
  void loadingTheModelRetainsLittleHeap() throws InterruptedException {
    long before = usedAfterGc();
    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    NgramModel model = ModelFile.standard();
    long wall = System.nanoTime() - t0;
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
    long retained = usedAfterGc() - before;
    System.out.printf(
        "langid model: %d entries, %d languages, tables %.1f MB, retained heap %.1f MB,"
            + " load %.0f ms wall / %.0f ms CPU%n",
        model.size(),
        model.languages().size(),
        model.memoryBytes() / 1e6,
        retained / 1e6,
        wall / 1e6,
        cpu / 1e6);
    assertThat(model.size()).isPositive();
    assertThat(retained).isLessThan(64L << 20);
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
