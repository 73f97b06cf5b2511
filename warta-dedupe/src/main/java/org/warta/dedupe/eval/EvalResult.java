package org.warta.dedupe.eval;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.warta.dedupe.DetectorStats;

/**
 * What an evaluation run produced.
 *
 * @param pairs every pair of document ids inside each final duplicate group, each as {@code [a, b]}
 *     with {@code a < b}, sorted
 * @param originals for every document in a group, its credited original: a document id or {@code
 *     agency:<NAME>} (or {@code url:<URL>} for a named page outside the stream)
 * @param documents documents read
 * @param elapsed wall time spent in the detector (reading and writing excluded)
 * @param cpu CPU time the calling thread spent in the detector (what one core does, whatever else
 *     the machine runs)
 * @param stats the detector's state at the end
 */
public record EvalResult(
    List<String[]> pairs,
    Map<String, String> originals,
    long documents,
    Duration elapsed,
    Duration cpu,
    DetectorStats stats) {

  /** Documents per second through the detector (wall time). */
  public double throughput() {
    double s = elapsed.toNanos() / 1e9;
    return s == 0 ? 0 : documents / s;
  }

  /** Documents per second of CPU time: the throughput of one dedicated core. */
  public double throughputPerCore() {
    double s = cpu.toNanos() / 1e9;
    return s == 0 ? 0 : documents / s;
  }
}
