package org.warta.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.core.ArticleId;
import org.warta.core.StoryId;

class StoryMembershipTest {
  private static final ArticleId A1 = new ArticleId(1);
  private static final ArticleId A2 = new ArticleId(2);
  private static final ArticleId A3 = new ArticleId(3);
  private static final ArticleId COPY = new ArticleId(4);
  private static final StoryId S1 = new StoryId(1);
  private static final StoryId S2 = new StoryId(2);

  @Test
  void mergesMoveEveryArticleOfTheAbsorbedStory() {
    StoryMembership m = new StoryMembership();
    m.apply(new Assignment(A1, S1, true, List.of()));
    m.apply(new Assignment(A2, S2, true, List.of()));
    m.apply(new Assignment(A3, S1, false, List.of(new StoryChange.Merged(S2, S1))));
    assertThat(m.articlesOf(S1)).containsExactlyInAnyOrder(A1, A2, A3);
    assertThat(m.articlesOf(S2)).isEmpty();
  }

  @Test
  void splitsMoveTheListedArticlesAndTheirCopies() {
    StoryMembership m = new StoryMembership();
    m.apply(new Assignment(A1, S1, true, List.of()));
    m.apply(new Assignment(A2, S1, false, List.of()));
    m.follow(COPY, A2);
    assertThat(m.storyOf(COPY)).contains(S1);
    m.apply(new Assignment(A3, S2, false, List.of(new StoryChange.Split(S1, S2, List.of(A2, A3)))));
    assertThat(m.articlesOf(S1)).containsExactly(A1);
    assertThat(m.articlesOf(S2)).containsExactlyInAnyOrder(A2, A3, COPY);
  }
}
