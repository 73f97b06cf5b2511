package org.warta.langid.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.langid.LanguageDetector;

class TsvBatchTest {
  @TempDir Path dir;

  @Test
  void labelsEveryLineReadingOnlyTheFirstAndLastColumn() throws IOException {
    Path in = dir.resolve("paragraphs.tsv");
    Files.writeString(
        in,
        """
        a1\tms\tThe committee will publish its findings in a report next spring, officials said.
        a2\tPemerintah daerah membuka posko pengungsian di balai desa setelah banjir melanda.

        no-tab-here
        """);
    Path out = dir.resolve("pred.tsv");
    TsvBatch.Summary s = new TsvBatch(LanguageDetector.standard()).run(in, out);
    assertThat(Files.readAllLines(out)).isEqualTo(List.of("a1\ten", "a2\tid"));
    assertThat(s.labelled()).isEqualTo(2);
    assertThat(s.skipped()).isEqualTo(1);
  }

  @Test
  void aMissingInputIsReportedWithItsPath() {
    Path missing = dir.resolve("nope.tsv");
    assertThatThrownBy(
            () -> new TsvBatch(LanguageDetector.standard()).run(missing, dir.resolve("o")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nope.tsv");
  }
}
