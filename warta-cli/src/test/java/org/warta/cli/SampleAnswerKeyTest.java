package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.settings.SettingsLoader;
import org.warta.core.StoredArticle;
import org.warta.pipeline.Progress;
import org.warta.sample.SampleCorpus;
import org.warta.sample.key.KeyEntry;
import org.warta.store.DuplicateCredit;

/**
 * What Warta makes of the sample corpus, checked against the answer key its generator writes: which
 * pages are articles, which articles are copies of one text and who is credited, and which articles
 * cover one story.
 */
class SampleAnswerKeyTest {
  @TempDir static Path data;
  static final Map<URI, StoredArticle> stored = new HashMap<>();
  static final Map<Long, DuplicateCredit> credits = new HashMap<>();
  static final List<KeyEntry> key = new ArrayList<>();

  @BeforeAll
  static void importSample() throws Exception {
    var settings = SettingsLoader.load(data, Optional.of(data), Optional.empty(), Map.of());
    try (App app = new App(settings)) {
      DemoCorpus.importInto(app, Progress.NONE);
      app.store()
          .articles()
          .forEachArticle(Optional.empty(), a -> stored.put(a.article().url(), a));
      for (StoredArticle a : stored.values()) {
        a.duplicateGroup()
            .ifPresent(
                g -> app.store().articles().duplicateCredit(g).ifPresent(c -> credits.put(g, c)));
      }
    }
    SampleCorpus.answerKey().entries().stream()
        .filter(e -> !e.role().equals("alias"))
        .forEach(key::add);
  }

  @Test
  void storesExactlyTheArticlePagesNotHomeOrSectionPages() {
    Set<URI> expected = new HashSet<>();
    key.forEach(e -> expected.add(e.url()));
    assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void groupsEveryCopyWithItsOriginal() {
    assertThat(pairs(KeyEntry::dupGroup))
        .isEqualTo(pairs(e -> group(e).map(String::valueOf).orElse("alone:" + e.url())));
  }

  @Test
  void creditsTheOriginalOrTheAgencyTheKeyNames() {
    for (KeyEntry e : key) {
      if (!e.role().equals("copy")) {
        continue;
      }
      DuplicateCredit credit = credits.get(group(e).orElseThrow());
      assertThat(credit).as("credit of the group of %s", e.url()).isNotNull();
      if (credit.article().isPresent()) {
        URI credited =
            stored.values().stream()
                .filter(a -> a.id().equals(credit.article().get()))
                .findFirst()
                .orElseThrow()
                .article()
                .url();
        assertThat(credited).as("original credited for %s", e.url()).isEqualTo(e.original());
      } else {
        assertThat(credit.agency())
            .as("agency credited for %s", e.url())
            .isEqualToIgnoringCase(e.agency());
      }
    }
  }

  @Test
  void groupsTheCoverageOfEachStory() {
    Set<List<URI>> gold = pairs(KeyEntry::story);
    Set<List<URI>> predicted =
        pairs(e -> stored.get(e.url()).story().map(String::valueOf).orElse("none:" + e.url()));
    long common = predicted.stream().filter(gold::contains).count();
    double precision = common / (double) Math.max(1, predicted.size());
    double recall = common / (double) Math.max(1, gold.size());
    assertThat(precision).as("story pair precision").isGreaterThanOrEqualTo(0.9);
    assertThat(recall).as("story pair recall").isGreaterThanOrEqualTo(0.9);
  }

  private static Optional<Long> group(KeyEntry e) {
    return stored.get(e.url()).duplicateGroup();
  }

  /** Every pair of key entries that share the label, as sorted URL pairs. */
  private static Set<List<URI>> pairs(Function<KeyEntry, String> label) {
    Set<List<URI>> out = new HashSet<>();
    for (int i = 0; i < key.size(); i++) {
      for (int j = i + 1; j < key.size(); j++) {
        if (label.apply(key.get(i)).equals(label.apply(key.get(j)))) {
          URI a = key.get(i).url();
          URI b = key.get(j).url();
          out.add(a.toString().compareTo(b.toString()) < 0 ? List.of(a, b) : List.of(b, a));
        }
      }
    }
    return out;
  }
}
