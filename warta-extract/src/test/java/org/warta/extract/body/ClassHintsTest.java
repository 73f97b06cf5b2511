package org.warta.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.support.Fixtures;

/** Every class/id hint of {@code body/class-hints.tsv} does what its example says. */
class ClassHintsTest {

  static Stream<String[]> examples() {
    return Fixtures.rows("body/class-hints-examples.tsv").stream();
  }

  @ParameterizedTest(name = "{1} -> {0}")
  @MethodSource("examples")
  void classNamesGetTheirVerdict(String expected, String names) {
    ClassHints.Verdict v = ClassHints.judge(names);
    switch (expected) {
      case "positive" ->
          assertThat(v.positive() && v.weight() > 0 && !v.remove()).as(names).isTrue();
      case "negative" -> assertThat(v.weight() < 0 && !v.remove()).as(names).isTrue();
      case "remove" -> assertThat(v.remove()).as(names).isTrue();
      case "unlikely" ->
          assertThat(v.unlikely() && v.weight() == 0 && v.containerWeight() < 0 && !v.remove())
              .as(names)
              .isTrue();
      default -> assertThat(v.weight() == 0 && !v.remove()).as(names).isTrue();
    }
  }

  @Test
  void everyHintIsBackedByAnExampleOfItsKind() {
    List<String> unbacked = new ArrayList<>();
    for (String[] hint : Fixtures.dataRows("body/class-hints.tsv")) {
      boolean token = hint[1].equals("token");
      boolean backed =
          examples()
              .anyMatch(
                  e ->
                      e[0].equals(hint[0])
                          && (token
                              ? Set.of(e[1].split("[^a-z0-9]+")).contains(hint[2])
                              : e[1].contains(hint[2])));
      if (!backed) {
        unbacked.add(String.join(" ", hint));
      }
    }
    assertThat(unbacked).isEmpty();
  }

  @Test
  void aHeadingsIdMadeFromItsOwnWordsIsAnAnchor() {
    assertThat(ClassHints.isAnchorOf("h-social-media-tips", "Social media tips")).isTrue();
    assertThat(ClassHints.isAnchorOf("berita-terkait-2", "Berita terkait")).isTrue();
    assertThat(ClassHints.isAnchorOf("related-posts", "Baca juga")).isFalse();
    assertThat(ClassHints.isAnchorOf("modal-title", "Subscribe")).isFalse();
    assertThat(ClassHints.isAnchorOf("share", "Share this")).isFalse(); // one word: a role name
  }

  @Test
  void layoutWrappersAndCommentThreadsAreFlagged() {
    assertThat(ClassHints.judge("with-sidebar-layout").layout()).isTrue();
    assertThat(ClassHints.judge("share-container").layout()).isTrue();
    assertThat(ClassHints.judge("comments-area").comments()).isTrue();
    assertThat(ClassHints.judge("entry-content").layout()).isFalse();
  }
}
