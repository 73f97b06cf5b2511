package org.warta.sample.key;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.sample.SampleCorpus;
import org.warta.sample.ShippedSample;

/**
 * The answer key is consistent with itself and with the pages: one original per duplicate group,
 * copies published after it and shaped as their kind says, stories covered by several sources in
 * both languages, a syndication chain across at least four publishers.
 */
class AnswerKeyTest {
  private final List<KeyEntry> key = SampleCorpus.answerKey().entries();
  private final List<KeyEntry> articles =
      key.stream().filter(e -> !e.role().equals("alias")).toList();
  private final Map<URI, KeyEntry> byUrl =
      key.stream().collect(Collectors.toMap(KeyEntry::url, Function.identity()));

  @Test
  void everyDuplicateGroupHasExactlyOneOriginalThatAllMembersName() {
    Map<String, List<KeyEntry>> groups = articles.stream().collect(groupingBy(KeyEntry::dupGroup));
    for (List<KeyEntry> group : groups.values()) {
      List<KeyEntry> originals = group.stream().filter(e -> e.role().equals("original")).toList();
      assertThat(originals).as("originals of %s", group.getFirst().dupGroup()).hasSize(1);
      URI original = originals.getFirst().url();
      for (KeyEntry e : group) {
        assertThat(e.original()).isEqualTo(original);
        assertThat(e.story()).isEqualTo(originals.getFirst().story());
        assertThat(e.published()).isAfterOrEqualTo(originals.getFirst().published());
      }
    }
  }

  @Test
  void copiesNameAPageOfTheirGroupPublishedBeforeThem() {
    for (KeyEntry copy : articles) {
      if (copy.role().equals("copy")) {
        KeyEntry source = byUrl.get(copy.copiedFrom().orElseThrow());
        assertThat(source).as("source of %s", copy.url()).isNotNull();
        assertThat(source.dupGroup()).isEqualTo(copy.dupGroup());
        assertThat(source.published().toInstant()).isBefore(copy.published().toInstant());
        assertThat(copy.words()).isEqualTo(source.words());
      } else {
        assertThat(copy.copyKind()).isEmpty();
        assertThat(copy.copiedFrom()).isEmpty();
      }
    }
  }

  @Test
  void copiesLookOnTheirPagesAsTheirKindSays() {
    for (KeyEntry copy : articles) {
      if (!copy.role().equals("copy")) {
        continue;
      }
      String html = ShippedSample.response(copy.url()).text();
      URI from = copy.copiedFrom().orElseThrow();
      switch (copy.copyKind()) {
        case "canonical" -> {
          assertThat(copy.relCanonical()).isEqualTo(from);
          assertThat(from.getHost()).isNotEqualTo(copy.url().getHost());
          assertThat(html).contains("<link rel=\"canonical\" href=\"" + from + "\">");
        }
        case "agency-credit" -> {
          assertThat(copy.relCanonical()).isEqualTo(copy.url());
          assertThat(html).doesNotContain(from.toString());
          assertThat(html).containsAnyOf("(" + copy.credit() + ")", "Source: " + copy.agency());
        }
        case "publisher-credit" -> {
          assertThat(copy.relCanonical()).isEqualTo(copy.url());
          assertThat(html).contains(from.getHost().replaceFirst("^www\\.", ""));
        }
        default -> throw new AssertionError("unknown copy kind " + copy.copyKind());
      }
    }
  }

  @Test
  void oneWireStoryRunsOnFourPublishersWithAllThreeKindsOfCopy() {
    Map<String, List<KeyEntry>> groups = articles.stream().collect(groupingBy(KeyEntry::dupGroup));
    boolean found =
        groups.values().stream()
            .anyMatch(
                g ->
                    g.stream().map(KeyEntry::publisher).distinct().count() >= 4
                        && g.stream()
                            .map(KeyEntry::copyKind)
                            .collect(toSet())
                            .containsAll(Set.of("canonical", "agency-credit", "publisher-credit")));
    assertThat(found).isTrue();
  }

  @Test
  void manyStoriesAreCoveredBySeveralSourcesInBothLanguages() {
    Map<String, List<KeyEntry>> stories = articles.stream().collect(groupingBy(KeyEntry::story));
    long multiSource =
        stories.values().stream()
            .filter(s -> s.stream().map(KeyEntry::publisher).distinct().count() >= 3)
            .count();
    long bilingual =
        stories.values().stream()
            .filter(s -> s.stream().map(KeyEntry::language).distinct().count() == 2)
            .filter(s -> s.stream().map(KeyEntry::dupGroup).distinct().count() >= 3)
            .count();
    assertThat(multiSource).isGreaterThanOrEqualTo(12);
    assertThat(bilingual).isGreaterThanOrEqualTo(8);
  }

  @Test
  void publicationTimesSpreadOverTwoWeeksInEachPublishersZone() {
    Map<String, PublisherEntry> publishers =
        SampleCorpus.manifest().entries().stream()
            .collect(Collectors.toMap(PublisherEntry::key, Function.identity()));
    Set<LocalDate> days = articles.stream().map(e -> e.published().toLocalDate()).collect(toSet());

    assertThat(days)
        .allMatch(
            d -> !d.isBefore(LocalDate.of(2026, 11, 14)) && !d.isAfter(LocalDate.of(2026, 11, 28)));
    assertThat(days).hasSizeGreaterThanOrEqualTo(14);
    for (KeyEntry e : articles) {
      assertThat(e.published().getOffset().getId())
          .isEqualTo(publishers.get(e.publisher()).offset());
    }
    assertThat(articles.stream().map(e -> e.published().getOffset()).distinct().count())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void bodiesAreNewsLength() {
    assertThat(articles).allSatisfy(e -> assertThat(e.words()).isBetween(150, 500));
  }

  @Test
  void aliasRowsServeTheSameBytesAsTheirArticle() {
    List<KeyEntry> aliases = key.stream().filter(e -> e.role().equals("alias")).toList();

    assertThat(aliases).isNotEmpty();
    for (KeyEntry alias : aliases) {
      KeyEntry article = byUrl.get(alias.sameAs());
      assertThat(article.role()).isNotEqualTo("alias");
      assertThat(ShippedSample.response(alias.url()).body())
          .isEqualTo(ShippedSample.response(article.url()).body());
      assertThat(alias.relCanonical()).isEqualTo(article.url());
    }
  }

  @Test
  void theKeyReadsBackAsWritten() throws Exception {
    AnswerKey shipped = SampleCorpus.answerKey();
    AnswerKey reread = AnswerKey.read(new java.io.ByteArrayInputStream(shipped.toTsv()));

    assertThat(reread).isEqualTo(shipped);
    assertThat(reread).isEqualTo(AnswerKey.of(SampleCorpus.plan()));
  }
}
