package org.warta.benchgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.store.DatabaseUrl;
import org.warta.store.Store;

/** Every store query behind the pages and the API is timed, over a loaded synthetic corpus. */
class QueryBenchTest {

  @Test
  void timesEveryQueryOfThePagesAndTheApi(@TempDir Path dir) {
    try (Store store = Store.open(DatabaseUrl.sqliteIn(dir))) {
      BenchLoad.load(BenchSettings.of(600, 12), store, done -> {});
      List<QueryBench.Result> results = new QueryBench(store).run(10);
      assertThat(results)
          .extracting(QueryBench.Result::query)
          .contains(
              "articles.list latest 20",
              "stories.top all 20 (API)",
              "stories.list 20 (API)",
              "stories.list page 2 (API)",
              "stories.find + list story 20",
              "articles.findByUrl",
              "sources.statuses");
      for (QueryBench.Result r : results) {
        assertThat(r.runs()).as(r.query()).isPositive();
        assertThat(r.p50()).as(r.query()).isPositive().isLessThanOrEqualTo(r.p99());
        assertThat(r.p99()).as(r.query()).isLessThanOrEqualTo(r.max());
        assertThat(r.line()).startsWith(r.query());
      }
    }
  }

  @Test
  void anEmptyStoreIsRefusedWithAReason(@TempDir Path dir) {
    try (Store store = Store.open(DatabaseUrl.sqliteIn(dir))) {
      assertThatThrownBy(() -> new QueryBench(store).run(1))
          .hasMessageContaining("load a corpus first");
    }
  }
}
