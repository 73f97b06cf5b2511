package org.warta.stories.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warta.stories.cluster.Vectors.english;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.core.ArticleId;

class SplitterTest {

  /** Two arrests of two players of one club: shared club vocabulary, different names. */
  private static List<Member> twoEvents() {
    return List.of(
        english(1, "e:club", "w:arrest", "w:drunk", "e:vincent", "e:jackson", "w:receiver"),
        english(2, "e:club", "w:arrest", "w:drunk", "e:jackson", "w:receiver", "w:route"),
        english(3, "e:club", "w:arrest", "e:vincent", "e:jackson", "w:route", "w:playoff"),
        english(4, "e:club", "w:arrest", "w:drunk", "e:jamal", "e:williams", "w:tackle"),
        english(5, "e:club", "w:arrest", "e:williams", "w:tackle", "w:speeding", "w:bentley"),
        english(6, "e:club", "w:arrest", "w:drunk", "e:jamal", "e:williams", "w:speeding"));
  }

  @Test
  void aStoryHoldingTwoEventsIsCutBetweenThem() {
    Optional<List<List<Member>>> cut = Splitter.split(twoEvents(), 3, 0.4);
    assertThat(cut).isPresent();
    List<Long> first = ids(cut.get().get(0));
    List<Long> second = ids(cut.get().get(1));
    assertThat(List.of(first, second))
        .containsExactlyInAnyOrder(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L));
  }

  @Test
  void oneEventIsNotCut() {
    List<Member> one =
        List.of(
            english(1, "e:club", "w:arrest", "w:drunk", "e:jackson", "w:receiver", "w:route"),
            english(2, "e:club", "w:arrest", "w:drunk", "e:jackson", "w:receiver", "w:playoff"),
            english(3, "e:club", "w:arrest", "e:jackson", "w:receiver", "w:route", "w:innocent"),
            english(4, "e:club", "w:arrest", "w:drunk", "e:jackson", "w:route", "w:playoff"),
            english(5, "e:club", "w:arrest", "e:jackson", "w:receiver", "w:innocent", "w:bail"),
            english(6, "e:club", "w:drunk", "e:jackson", "w:receiver", "w:route", "w:bail"));
    assertThat(Splitter.split(one, 3, 0.4)).isEmpty();
  }

  @Test
  void partsSmallerThanTheMinimumAreNoSplit() {
    assertThat(Splitter.split(twoEvents(), 4, 0.4)).isEmpty();
    assertThat(Splitter.split(twoEvents().subList(0, 5), 3, 0.4)).isEmpty();
  }

  @Test
  void silhouetteIsHighForSeparateGroupsAndLowForOneGroupCutInTwo() {
    Space space = new Space(twoEvents());
    double apart =
        Part.silhouette(new Part(space, new int[] {0, 1, 2}), new Part(space, new int[] {3, 4, 5}));
    double mixed =
        Part.silhouette(new Part(space, new int[] {0, 3, 1}), new Part(space, new int[] {4, 2, 5}));
    assertThat(apart).isGreaterThan(0.4);
    assertThat(mixed).isLessThan(0.1);
  }

  private static List<Long> ids(List<Member> part) {
    return part.stream().map(Member::article).map(ArticleId::value).sorted().toList();
  }
}
