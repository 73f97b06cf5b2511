package org.warta.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.core.ArticleId;
import org.warta.core.SourceId;
import org.warta.core.StoryId;

class TrendingTest {
  private static final Instant NOW = Instant.parse("2031-03-07T12:00:00Z");
  private static final StoryId STEADY = new StoryId(1);
  private static final StoryId BURST = new StoryId(2);
  private long nextArticle = 1;

  private void cover(Trending t, StoryId story, long source, Duration ago) {
    t.record(story, new ArticleId(nextArticle++), new SourceId(source), NOW.minus(ago));
  }

  @Test
  void aStoryPickedUpByManyOutletsJustNowOutranksOneCarriedAllDay() {
    Trending t = Trending.create(TrendingSettings.defaults());
    for (int s = 1; s <= 16; s++) { // one new source every ~80 minutes over the last day
      cover(t, STEADY, s, Duration.ofMinutes(80L * s - 30));
    }
    for (int s = 1; s <= 6; s++) { // six outlets in the last hour
      cover(t, BURST, 100 + s, Duration.ofMinutes(10L * s));
    }
    List<Trend> top = t.top(NOW, 10);
    assertThat(top).extracting(Trend::story).containsExactly(BURST, STEADY);
    Trend burst = top.getFirst();
    assertThat(burst.recentSources()).isEqualTo(6);
    assertThat(burst.baselineSources()).isZero();
    assertThat(top.get(1).totalSources()).isEqualTo(16);
  }

  @Test
  void sourcesCountOnceAtTheirFirstArticle() {
    Trending t = Trending.create(TrendingSettings.defaults());
    cover(t, BURST, 7, Duration.ofMinutes(30));
    cover(t, BURST, 7, Duration.ofMinutes(20));
    cover(t, BURST, 8, Duration.ofMinutes(10));
    Trend trend = t.trend(BURST, NOW).orElseThrow();
    assertThat(trend.recentSources()).isEqualTo(2);
    assertThat(trend.totalSources()).isEqualTo(2);
  }

  @Test
  void storiesWithOneRecentSourceAreNotListedAndStaleStoriesAreForgotten() {
    Trending t = Trending.create(TrendingSettings.defaults());
    cover(t, STEADY, 1, Duration.ofMinutes(5));
    cover(t, BURST, 2, Duration.ofDays(3));
    assertThat(t.top(NOW, 10)).isEmpty();
    assertThat(t.size()).isEqualTo(1);
  }

  @Test
  void mergesAndSplitsMoveCoverageWithTheirArticles() {
    Trending t = Trending.create(TrendingSettings.defaults());
    cover(t, STEADY, 1, Duration.ofMinutes(50)); // article 1
    cover(t, STEADY, 2, Duration.ofMinutes(40)); // article 2
    cover(t, BURST, 3, Duration.ofMinutes(30)); // article 3
    t.apply(new StoryChange.Merged(BURST, STEADY));
    assertThat(t.trend(STEADY, NOW).orElseThrow().recentSources()).isEqualTo(3);
    assertThat(t.trend(BURST, NOW)).isEmpty();
    StoryId split = new StoryId(9);
    t.apply(new StoryChange.Split(STEADY, split, List.of(new ArticleId(3))));
    assertThat(t.trend(STEADY, NOW).orElseThrow().totalSources()).isEqualTo(2);
    assertThat(t.trend(split, NOW).orElseThrow().totalSources()).isEqualTo(1);
  }

  @Test
  void assignmentsFeedItDirectly() {
    Trending t = Trending.create(TrendingSettings.defaults());
    t.record(new Assignment(new ArticleId(1), STEADY, true, List.of()), new SourceId(1), NOW);
    t.record(
        new Assignment(
            new ArticleId(2), BURST, true, List.of(new StoryChange.Merged(STEADY, BURST))),
        new SourceId(2),
        NOW);
    assertThat(t.trend(BURST, NOW).orElseThrow().recentSources()).isEqualTo(2);
  }
}
