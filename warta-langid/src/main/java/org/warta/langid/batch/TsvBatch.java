package org.warta.langid.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.warta.langid.LanguageDetector;

/**
 * Labels a tab-separated file of paragraphs: each input line is {@code id<TAB>text} or {@code
 * id<TAB>anything<TAB>text} (the layout of {@code shared/bench/langid/paragraphs.tsv}, whose gold
 * label in the middle column is never read: only the first and the last column are); each output
 * line is {@code id<TAB>lang} with an ISO 639 code or {@code und}, the format {@code
 * tools/langid-eval/score.py} scores. Blank lines are skipped; a line without a tab is reported.
 */
public final class TsvBatch {
  private final LanguageDetector detector;

  public TsvBatch(LanguageDetector detector) {
    this.detector = detector;
  }

  /** What a run did. */
  public record Summary(int labelled, int skipped, long nanos) {
    /** Paragraphs per second. */
    public double rate() {
      return nanos == 0 ? 0 : labelled * 1e9 / nanos;
    }
  }

  /** Reads {@code in}, writes {@code out} (replacing it) and returns the counts. */
  public Summary run(Path in, Path out) {
    long start = System.nanoTime();
    int labelled = 0;
    int skipped = 0;
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        int first = line.indexOf('\t');
        if (first <= 0) {
          skipped++;
          continue;
        }
        String id = line.substring(0, first);
        String text = line.substring(line.lastIndexOf('\t') + 1);
        w.write(id + "\t" + detector.detect(text).code() + "\n");
        labelled++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot label "
              + in
              + " into "
              + out
              + ": "
              + e.getClass().getSimpleName()
              + " "
              + e.getMessage(),
          e);
    }
    return new Summary(labelled, skipped, System.nanoTime() - start);
  }
}
