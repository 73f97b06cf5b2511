package org.warta.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.Story;
import org.warta.core.StoryId;

/** How the home page weighs coverage, recency and growth. */
class StoryRankingTest {
  static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  static Story story(int sources, int articles, Duration age, Set<Language> langs, double trend) {
    return new Story(
        new StoryId(1),
        "t",
        new ArticleId(1),
        NOW.minus(age).minus(Duration.ofHours(1)),
        NOW.minus(age),
        articles,
        sources,
        langs,
        trend);
  }

  @Property
  void moreSourcesRankHigherAllElseEqual(
      @ForAll @IntRange(min = 1, max = 50) int sources,
      @ForAll @IntRange(min = 0, max = 72) int hours) {
    Duration age = Duration.ofHours(hours);
    Set<Language> id = Set.of(Language.INDONESIAN);
    assertThat(StoryRanking.score(story(sources + 1, 10, age, id, 0), NOW, 2))
        .isGreaterThan(StoryRanking.score(story(sources, 10, age, id, 0), NOW, 2));
  }

  @Property
  void olderStoriesRankLowerAllElseEqual(@ForAll @IntRange(min = 0, max = 200) int hours) {
    Set<Language> id = Set.of(Language.INDONESIAN);
    assertThat(StoryRanking.score(story(3, 5, Duration.ofHours(hours), id, 0), NOW, 0))
        .isGreaterThan(StoryRanking.score(story(3, 5, Duration.ofHours(hours + 1), id, 0), NOW, 0));
  }

  @Test
  void aSecondLanguageCountsAsHalfASource() {
    Story bilingual = story(3, 5, Duration.ZERO, Set.of(Language.INDONESIAN, Language.ENGLISH), 0);
    Story more = story(4, 5, Duration.ZERO, Set.of(Language.INDONESIAN), 0);
    Story fewer = story(3, 5, Duration.ZERO, Set.of(Language.INDONESIAN), 0);
    assertThat(StoryRanking.score(bilingual, NOW, 0))
        .isGreaterThan(StoryRanking.score(fewer, NOW, 0))
        .isLessThan(StoryRanking.score(more, NOW, 0));
  }

  @Test
  void growthLiftsAStoryAndTheStoriesModulesTrendWinsWhenSet() {
    Story s = story(3, 6, Duration.ZERO, Set.of(Language.INDONESIAN), 0);
    assertThat(StoryRanking.score(s, NOW, 3)).isGreaterThan(StoryRanking.score(s, NOW, 0));
    assertThat(StoryRanking.growthFrom(6, 3)).isEqualTo(1.0);
    assertThat(StoryRanking.growthFrom(3, 3)).isEqualTo(3.0);
    Story trending = story(3, 6, Duration.ZERO, Set.of(Language.INDONESIAN), 2.0);
    assertThat(StoryRanking.score(trending, NOW, 0))
        .isEqualTo(StoryRanking.score(trending, NOW, 5));
  }

  @Test
  void ageNeverTakesMoreThanThreeQuarters() {
    Story old = story(4, 4, Duration.ofDays(30), Set.of(Language.INDONESIAN), 0);
    assertThat(StoryRanking.score(old, NOW, 0))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
  }
}
