package org.warta.bench.langid;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.warta.core.Language;
import org.warta.langid.LanguageDetector;
import org.warta.langid.model.ModelFile;
import org.warta.langid.model.NgramModel;

/**
 * Language detection speed (warta-langid): one news paragraph (about 20 words), one article body
 * (the detector reads at most 1,000 letters of it), and loading the model file.
 */
@State(Scope.Benchmark)
@Fork(1)
public class LanguageDetectorBenchmark {
  private static final String[] PARAGRAPHS = {
    "Pemerintah kota menutup sementara jembatan penyeberangan di Jalan Merdeka setelah retakan"
        + " ditemukan pada tiang penyangganya.",
    "Kerajaan negeri akan memperuntukkan wang tambahan bagi membaiki sekolah yang rosak akibat"
        + " banjir, kata beliau semalam.",
    "The city council voted on Tuesday to extend the night bus service to the harbour district"
        + " after months of complaints.",
    "Pak lurah ngandhakake yen pasar desa bakal dibukak maneh sawise direnovasi suwene telung"
        + " sasi.",
  };

  private LanguageDetector detector;
  private String article;
  private int next;

  @Setup
  public void setUp() {
    detector = LanguageDetector.standard();
    article = String.join(" ", PARAGRAPHS).repeat(12);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public Language paragraph() {
    next = (next + 1) % PARAGRAPHS.length;
    return detector.detect(PARAGRAPHS[next]);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public Language article() {
    return detector.detect(article);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 5)
  public NgramModel loadModel() {
    return ModelFile.standard();
  }
}
