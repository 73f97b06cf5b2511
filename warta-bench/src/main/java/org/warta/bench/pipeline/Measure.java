package org.warta.bench.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wall time, peak heap (used, and left after the latest collection) and peak platform threads of a
 * piece of work, sampled every 5 ms on a daemon thread.
 */
final class Measure implements AutoCloseable {
  private final long start = System.nanoTime();
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final Thread sampler;
  private long millis = -1;

  Measure() {
    System.gc();
    ManagementFactory.getThreadMXBean().resetPeakThreadCount();
    sampler = Thread.ofPlatform().daemon().start(this::sample);
  }

  private void sample() {
    var memory = ManagementFactory.getMemoryMXBean();
    var pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
            .toList();
    while (!Thread.currentThread().isInterrupted()) {
      peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      long afterGc = pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
      peakAfterGc.accumulateAndGet(afterGc, Math::max);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  long millis() {
    if (millis < 0) {
      millis = (System.nanoTime() - start) / 1_000_000;
    }
    return millis;
  }

  String line() {
    return String.format(
        java.util.Locale.ROOT,
        "wall %6d ms  peak heap used %4d MiB, after GC %4d MiB  peak platform threads %3d",
        millis(),
        peakUsed.get() >> 20,
        peakAfterGc.get() >> 20,
        ManagementFactory.getThreadMXBean().getPeakThreadCount());
  }

  @Override
  public void close() {
    millis();
    sampler.interrupt();
  }
}
