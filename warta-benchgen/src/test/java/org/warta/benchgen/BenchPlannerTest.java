package org.warta.benchgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.core.Language;

/** The synthetic corpus has the shape the benchmarks rely on, and is the same every time. */
class BenchPlannerTest {
  static List<BenchArticle> all(long n, int sources) {
    List<BenchArticle> out = new ArrayList<>();
    new BenchPlanner(BenchSettings.of(n, sources)).forEachRemaining(out::add);
    return out;
  }

  @Test
  void hasLanguagesStoriesAcrossSourcesCopiesAndUniqueUrls() {
    List<BenchArticle> articles = all(5_000, 100);
    assertThat(articles).hasSize(5_000);
    Map<Language, Integer> languages = new HashMap<>();
    Map<Long, Set<Integer>> storySources = new HashMap<>();
    Set<String> urls = new HashSet<>();
    int copies = 0;
    for (BenchArticle a : articles) {
      languages.merge(a.publisher().language(), 1, Integer::sum);
      storySources.computeIfAbsent(a.story(), s -> new HashSet<>()).add(a.sourceIndex());
      assertThat(urls.add(a.url().toString())).as(a.url().toString()).isTrue();
      assertThat(a.url().getHost()).endsWith(".example");
      copies += a.copyOf().isPresent() ? 1 : 0;
    }
    assertThat(languages.keySet()).contains(Language.INDONESIAN, Language.ENGLISH);
    assertThat(copies).isBetween(250, 550);
    assertThat(storySources.values().stream().mapToInt(Set::size).max().orElseThrow())
        .isGreaterThanOrEqualTo(4);
    assertThat(articles.getFirst().published()).isBefore(articles.getLast().published());
  }

  @Test
  void theSameSettingsGiveTheSameCorpusAndResumingSkipsExactly() {
    List<BenchArticle> a = all(1_200, 20);
    List<BenchArticle> b = all(1_200, 20);
    assertThat(a).isEqualTo(b);
    BenchArticle next = BenchPlanner.skipping(BenchSettings.of(1_200, 20), 700).next();
    assertThat(next).isEqualTo(a.get(700));
  }
}
