package org.warta.sample.plan;

import org.warta.sample.SampleCorpus;

/** The bundled plan, built once per test JVM. */
final class SampleCorpusPlans {
  private static CorpusPlan plan;

  private SampleCorpusPlans() {}

  static synchronized CorpusPlan bundled() {
    if (plan == null) {
      plan = SampleCorpus.plan();
    }
    return plan;
  }
}
