package org.warta.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Language;
import org.warta.core.StoredArticle;
import org.warta.pipeline.Progress;
import org.warta.pipeline.fixture.Harness;
import org.warta.sample.SampleCorpus;
import org.warta.warc.ArchiveFilter;

/**
 * {@code import-warc --language}: the language is known only after extraction, so the filter
 * applies to extracted articles; other articles of the archive are skipped, not stored. The import
 * reports its byte rate and tells the progress display records/s and MB/s.
 */
class LanguageFilterTest {
  @TempDir Path dir;

  Path sample() throws Exception {
    Path warc = dir.resolve("sample.warc.gz");
    try (var in = SampleCorpus.openWarc()) {
      Files.copy(in, warc);
    }
    return warc;
  }

  List<StoredArticle> stored(Harness h) {
    List<StoredArticle> all = new ArrayList<>();
    h.store.articles().forEachArticle(Optional.empty(), all::add);
    return all;
  }

  @Test
  void onlyArticlesInTheWantedLanguagesAreStored() throws Exception {
    Path warc = sample();
    int everything;
    try (Harness h = new Harness(dir.resolve("all"))) {
      new ArchiveImport(h.store, h.ingest, h.indexSync)
          .run(warc, ArchiveFilter.htmlPages(), false, Progress.NONE);
      everything = stored(h).size();
      assertThat(stored(h))
          .extracting(a -> a.article().language())
          .contains(Language.INDONESIAN, Language.ENGLISH);
    }
    try (Harness h = new Harness(dir.resolve("en"))) {
      List<String> notes = new ArrayList<>();
      Progress progress =
          new Progress() {
            @Override
            public void total(long units) {}

            @Override
            public void advance(long units, String detail) {}

            @Override
            public void warn(String message) {}

            @Override
            public void note(String status) {
              notes.add(status);
            }
          };
      ImportSummary summary =
          new ArchiveImport(h.store, h.ingest, h.indexSync)
              .run(warc, ArchiveFilter.htmlPages(), Set.of(Language.ENGLISH), false, progress);
      List<StoredArticle> english = stored(h);
      assertThat(english).isNotEmpty().hasSizeLessThan(everything);
      assertThat(english)
          .allSatisfy(a -> assertThat(a.article().language()).isEqualTo(Language.ENGLISH));
      assertThat(summary.created()).isEqualTo(english.size());
      assertThat(summary.skipped()).isGreaterThanOrEqualTo(everything - english.size());
      assertThat(summary.bytes()).isEqualTo(Files.size(warc));
      assertThat(summary.megabytesPerSecond()).isPositive();
      assertThat(summary.line()).contains("records/s", "MB/s");
      assertThat(notes)
          .allSatisfy(n -> assertThat(n).matches("\\d+ records, \\d+ records/s, [\\d.]+ MB/s"));
    }
  }
}
