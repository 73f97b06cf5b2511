package org.warta.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.search.SearchQuery;

/** Reading search parameters, shared by the page, the API and the feeds. */
class SearchFormTest {
  static SearchForm.Parsed read(Map<String, String> params) {
    return SearchForm.read(params::get);
  }

  @Test
  void allFiltersBecomeTheQuery() {
    SearchForm f =
        read(Map.of(
                "q",
                " banjir ",
                "source",
                "3",
                "language",
                "en",
                "from",
                "2026-11-26",
                "to",
                "2026-11-27",
                "story",
                "9",
                "order",
                "newest"))
            .form()
            .orElseThrow();
    SearchQuery q = f.query(ZoneId.of("Asia/Jakarta"), 40, 20);
    assertThat(q.text()).isEqualTo("banjir");
    assertThat(q.source().orElseThrow().value()).isEqualTo(3);
    assertThat(q.language().orElseThrow().code()).isEqualTo("en");
    assertThat(q.story().orElseThrow().value()).isEqualTo(9);
    assertThat(q.from()).contains(Instant.parse("2026-11-25T17:00:00Z"));
    assertThat(q.to()).contains(Instant.parse("2026-11-27T16:59:59.999Z"));
    assertThat(q.order()).isEqualTo(SearchQuery.Order.NEWEST);
    assertThat(q.offset()).isEqualTo(40);
    assertThat(f.queryString())
        .isEqualTo(
            "q=banjir&source=3&language=en&from=2026-11-26&to=2026-11-27&story=9&order=newest");
  }

  @Test
  void withoutWordsResultsAreNewestFirst() {
    SearchForm f = read(Map.of("language", "id")).form().orElseThrow();
    assertThat(f.order()).isEqualTo(SearchQuery.Order.NEWEST);
    assertThat(f.isEmpty()).isFalse();
    assertThat(read(Map.of()).form().orElseThrow().isEmpty()).isTrue();
  }

  @Test
  void everyBadParameterIsNamedWithWhatToDo() {
    var parsed =
        read(
            Map.of(
                "source",
                "x",
                "story",
                "0",
                "language",
                "klingon",
                "from",
                "kemarin",
                "order",
                "acak"));
    assertThat(parsed.form()).isEmpty();
    assertThat(parsed.problems())
        .extracting(SearchForm.Problem::parameter)
        .containsExactlyInAnyOrder("source", "story", "language", "from", "order");
    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.reason()).startsWith("must"));
    assertThat(read(Map.of("q", "x".repeat(501))).problems())
        .extracting(SearchForm.Problem::parameter)
        .containsExactly("q");
  }
}
