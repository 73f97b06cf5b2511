package org.warta.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warta.dedupe.Fixtures.candidate;
import static org.warta.dedupe.Fixtures.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.warta.core.ArticleId;
import org.warta.dedupe.Verdict.Kind;

/** What the detector decides for copies, non-copies and edge cases (issue 5). */
class DuplicateDetectorTest {
  private static final String PORT = text("stories/port-en.txt");
  private static final String PORT_TITLE = "Crane collapse halts night shipping at Port Selvara";
  private final DuplicateDetector detector = DuplicateDetector.create();

  private Verdict add(long id, String host, String title, String body) {
    return detector.add(candidate(id, "https://" + host + "/news/" + id, title, body, id));
  }

  @Test
  void aFirstArticleIsNew() {
    Verdict v = add(1, "harbournews.example", PORT_TITLE, PORT);

    assertThat(v.kind()).isEqualTo(Kind.NEW);
    assertThat(v.group()).isEmpty();
    assertThat(detector.stats().articles()).isEqualTo(1);
  }

  @Test
  void theSameTextWithOtherChromeAndHeadlineIsAnExactCopy() {
    add(1, "harbournews.example", PORT_TITLE, PORT);
    String chrome =
        "Home | News | World | Sports\n"
            + PORT.replace("\n\n", "\n")
            + "\nCopyright © 2026 dailyport.example. All rights reserved.";

    Verdict v =
        add(2, "dailyport.example", "PORT SELVARA HALTS NIGHT SHIPPING | Dailyport", chrome);

    assertThat(v.kind()).isEqualTo(Kind.EXACT_COPY);
    assertThat(v.matched()).contains(new ArticleId(1));
    assertThat(v.score()).isEqualTo(1.0);
    assertThat(v.group().orElseThrow().members())
        .containsExactly(new ArticleId(1), new ArticleId(2));
  }

  @Test
  void insertsDatelinesAndAgencyTailsAreCleanedAwaySoTheCopyIsExact() {
    add(1, "harbournews.example", PORT_TITLE, PORT);
    List<String> paragraphs = PORT.lines().filter(l -> !l.isBlank()).toList();

    Verdict inserts = add(2, "mirror2.example", "A new headline", withInserts(paragraphs));
    Verdict dateline =
        add(
            3,
            "mirror3.example",
            "Another",
            "Port Selvara (AP) - " + String.join("\n\n", paragraphs) + " (AP)");

    assertThat(inserts.kind()).isEqualTo(Kind.EXACT_COPY);
    assertThat(dateline.kind()).isEqualTo(Kind.EXACT_COPY);
  }

  @Test
  void truncatedCopiesAndCopiesMissingAParagraphAreNearDuplicates() {
    add(1, "harbournews.example", PORT_TITLE, PORT);
    List<String> p = PORT.lines().filter(l -> !l.isBlank()).toList();

    Verdict truncated = add(2, "mirror2.example", "Teaser", String.join("\n\n", p.subList(0, 3)));
    Verdict dropped =
        add(
            3,
            "mirror3.example",
            "Copy",
            String.join("\n\n", p.subList(0, 2)) + "\n\n" + String.join("\n\n", p.subList(3, 6)));
    Verdict padded =
        add(
            4,
            "mirror4.example",
            "Copy",
            PORT
                + "\n\n"
                + "In other news, the city council approved a new bicycle lane along the river"
                + " promenade, which opens next spring.");

    for (Verdict v : List.of(truncated, dropped, padded)) {
      assertThat(v.kind()).isEqualTo(Kind.NEAR_DUPLICATE);
      assertThat(v.score()).isGreaterThan(0.8);
      assertThat(v.group().orElseThrow().id()).isEqualTo(1);
    }
    assertThat(detector.groups()).hasSize(1);
    assertThat(detector.groups().getFirst().members()).hasSize(4);
  }

  private static String withInserts(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      out.add(paragraphs.get(i));
      if (i % 2 == 1) {
        out.add("Baca juga: Harga Tiket Feri ke Kepulauan Utara Naik Lagi");
      }
    }
    out.add("Related articles:");
    out.add("- Union calls for a safety review after the quay accident at Port Selvara");
    out.add("- Ferry fares rise again");
    return String.join("\n\n", out);
  }

  @Test
  void aRewriteOfTheSameEventSharingAQuoteIsNotACopy() {
    add(1, "harbournews.example", PORT_TITLE, PORT);

    Verdict v =
        add(2, "coastwatch.example", "Night shipping halted", text("stories/port-en-rewrite.txt"));

    assertThat(v.kind()).isEqualTo(Kind.NEW);
  }

  @Test
  void aShortTextSharingOneParagraphWithALongOneIsNotACopy() {
    add(1, "harbournews.example", PORT_TITLE, PORT);
    String brief =
        PORT.lines().filter(l -> !l.isBlank()).toList().get(2)
            + "\n\nThe harbour master spoke after a meeting with the city council, which will"
            + " discuss the port's safety budget on Monday and hear the dock workers' union.";

    assertThat(add(2, "brief.example", "Port chief speaks", brief).kind()).isEqualTo(Kind.NEW);
  }

  @Test
  void unrelatedArticlesStayApart() {
    add(1, "harbournews.example", PORT_TITLE, PORT);
    add(2, "pesisir.example", "Banjir rob rendam desa", text("stories/flood-id.txt"));

    Verdict v =
        add(3, "ranggala.example", "Festival layang-layang", text("stories/festival-id.txt"));

    assertThat(v.kind()).isEqualTo(Kind.NEW);
    assertThat(detector.groups()).isEmpty();
  }

  @Test
  void tooShortTextsAndOptedOutSourcesAreNotIndexed() {
    assertThat(add(1, "a.example", "Hi", "Short note.").kind()).isEqualTo(Kind.TOO_SHORT);

    Verdict optedOut =
        detector.add(candidate(2, "https://wire.example/a", PORT_TITLE, PORT, 2).withOptOut(true));
    assertThat(optedOut.kind()).isEqualTo(Kind.OPTED_OUT);
    assertThat(add(3, "copy.example", PORT_TITLE, PORT).kind()).isEqualTo(Kind.NEW);
    assertThat(detector.stats().articles()).isEqualTo(1);
  }

  @Test
  @Timeout(120)
  void hugeAndHostileTextsCostBoundedTimeAndState() {
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 400_000; i++) {
      huge.append("kata").append(i % 70_001).append(i % 17 == 0 ? ".\n" : " ");
    }
    String manyLines = "(Baca juga: x)\n".repeat(100_000) + "a | b | c\n".repeat(50_000);

    Verdict big = add(1, "big.example", "Huge", huge.toString());
    Verdict lines = add(2, "lines.example", "Lines", manyLines);

    assertThat(big.kind()).isEqualTo(Kind.NEW);
    assertThat(lines.kind()).isEqualTo(Kind.TOO_SHORT);
    assertThat(detector.stats().windowBytes()).isLessThan(200_000);
  }

  @Test
  void aCopyOfArticlesInTwoGroupsMergesThemIntoTheOlderGroup() {
    List<String> p = PORT.lines().filter(l -> !l.isBlank()).toList();
    String firstHalf = String.join("\n\n", p.subList(0, 3));
    String secondHalf = String.join("\n\n", p.subList(3, 6));
    add(1, "a.example", "First half", firstHalf);
    add(2, "b.example", "First half again", firstHalf);
    add(3, "c.example", "Second half", secondHalf);
    add(4, "d.example", "Second half again", secondHalf);

    Verdict whole = add(5, "e.example", PORT_TITLE, PORT);

    assertThat(whole.kind()).isEqualTo(Kind.NEAR_DUPLICATE);
    assertThat(whole.group().orElseThrow().id()).isEqualTo(1);
    assertThat(whole.absorbedGroups()).containsExactly(3L);
    assertThat(whole.group().orElseThrow().members()).hasSize(5);
    assertThat(detector.groups()).hasSize(1);
  }

  @Test
  void copiesArrivingAfterTheWindowStartANewStory() {
    DuplicateDetector d =
        DuplicateDetector.create(
            DedupeSettings.defaults().withWindow(Duration.ofHours(1), 1_000).withSegments(1, 1));
    d.add(candidate(1, "https://a.example/1", PORT_TITLE, PORT, 0));
    d.add(candidate(2, "https://a.example/2", "Flood", text("stories/flood-id.txt"), 90));

    Verdict late = d.add(candidate(3, "https://b.example/3", PORT_TITLE, PORT, 180));

    assertThat(late.kind()).isEqualTo(Kind.NEW);
    assertThat(d.stats().evicted()).isGreaterThan(0);
  }

  @Test
  void replayingTheSameArticlesGivesTheSameVerdicts() {
    List<Candidate> stream = new ArrayList<>();
    List<String> p = PORT.lines().filter(l -> !l.isBlank()).toList();
    stream.add(candidate(10, "https://a.example/1", PORT_TITLE, PORT, 0));
    stream.add(candidate(11, "https://b.example/2", "Flood", text("stories/flood-id.txt"), 1));
    stream.add(candidate(12, "https://c.example/3", "Copy", String.join("\n", p.subList(0, 4)), 2));
    stream.add(candidate(13, "https://d.example/4", "Copy", PORT, 3));

    List<Verdict> first = stream.stream().map(DuplicateDetector.create()::add).toList();
    DuplicateDetector restarted = DuplicateDetector.create();
    List<Verdict> second = stream.stream().map(restarted::add).toList();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void aReplayStartingInsideAGroupKeepsTheStoredGroupId() {
    DuplicateDetector restarted = DuplicateDetector.create();
    restarted.add(candidate(12, "https://c.example/3", "Copy", PORT, 2).withPriorGroup(10));

    Verdict v = restarted.add(candidate(13, "https://d.example/4", "Copy", PORT, 3));

    assertThat(v.group().orElseThrow().id()).isEqualTo(10);
  }
}
