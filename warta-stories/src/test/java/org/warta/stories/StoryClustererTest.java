package org.warta.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.core.StoryId;

class StoryClustererTest {
  private final FixtureArticles week = FixtureArticles.week();

  private StoryMembership cluster(StoryClusterer clusterer) {
    StoryMembership membership = new StoryMembership();
    for (FixtureArticles.Item item : week.items()) {
      membership.apply(clusterer.assign(item.candidate()));
    }
    return membership;
  }

  @Test
  void aWeekOfIndonesianAndEnglishCoverageFormsOneStoryPerEvent() {
    StoryMembership m = cluster(StoryClusterer.create(StorySettings.defaults(), 1));
    Map<String, Set<StoryId>> storiesOfEvent = new HashMap<>();
    Map<StoryId, Set<String>> eventsOfStory = new HashMap<>();
    for (FixtureArticles.Item item : week.items()) {
      StoryId story = m.storyOf(item.candidate().article()).orElseThrow();
      storiesOfEvent.computeIfAbsent(item.event(), k -> new HashSet<>()).add(story);
      eventsOfStory.computeIfAbsent(story, k -> new HashSet<>()).add(item.event());
    }
    assertThat(storiesOfEvent)
        .hasSize(6)
        .allSatisfy((event, stories) -> assertThat(stories).as(event).hasSize(1));
    assertThat(eventsOfStory).allSatisfy((story, events) -> assertThat(events).hasSize(1));
  }

  @Test
  void twoEarthquakesOfOneWeekStayApartThoughTheLaterOneLinksTheFirst() {
    StoryMembership m = cluster(StoryClusterer.create(StorySettings.defaults(), 1));
    // article 5 (Welang quake) carries "Baca juga: Gempa M5,8 Guncang Sarolangit ..."
    assertThat(m.storyOf(new ArticleId(5))).isNotEqualTo(m.storyOf(new ArticleId(1)));
    assertThat(m.storyOf(new ArticleId(5))).isEqualTo(m.storyOf(new ArticleId(6)));
  }

  @Test
  void theFloodThatLinksTheQuakeInAReadAlsoInsertIsNotPartOfIt() {
    StoryMembership m = cluster(StoryClusterer.create(StorySettings.defaults(), 1));
    assertThat(m.storyOf(new ArticleId(12))).isNotEqualTo(m.storyOf(new ArticleId(4)));
    assertThat(m.storyOf(new ArticleId(11))).isEqualTo(m.storyOf(new ArticleId(12)));
  }

  @Test
  void aLongRunningStoryKeepsItsFollowUpsAcrossLanguagesAndDays() {
    StoryMembership m = cluster(StoryClusterer.create(StorySettings.defaults(), 1));
    StoryId ferry = m.storyOf(new ArticleId(13)).orElseThrow();
    assertThat(m.articlesOf(ferry))
        .containsExactlyInAnyOrder(
            new ArticleId(13), new ArticleId(14), new ArticleId(15), new ArticleId(16));
  }

  @Test
  void replayingTheStoredStreamRebuildsTheSameStoriesWithTheSameIds() {
    StoryClusterer first = StoryClusterer.create(StorySettings.defaults(), 1);
    List<Assignment> original = new ArrayList<>();
    for (FixtureArticles.Item item : week.items()) {
      original.add(first.assign(item.candidate()));
    }
    StoryClusterer restarted = StoryClusterer.create(StorySettings.defaults(), 1000);
    for (int i = 0; i < original.size(); i++) {
      StoryCandidate c = week.items().get(i).candidate();
      StoryCandidate stored =
          new StoryCandidate(
              c.article(),
              c.source(),
              c.language(),
              c.title(),
              c.text(),
              c.published(),
              java.util.Optional.of(original.get(i).story()));
      assertThat(restarted.assign(stored).story()).isEqualTo(original.get(i).story());
    }
  }

  @Test
  void snapshotsDescribeLiveStories() {
    StoryClusterer c = StoryClusterer.create(StorySettings.defaults(), 1);
    StoryMembership m = new StoryMembership();
    for (FixtureArticles.Item item : week.items()) {
      m.apply(c.assign(item.candidate()));
    }
    StorySnapshot ferry = c.snapshot(m.storyOf(new ArticleId(13)).orElseThrow()).orElseThrow();
    assertThat(ferry.articles()).isEqualTo(4);
    assertThat(ferry.sources()).isEqualTo(4);
    assertThat(ferry.languages()).containsExactlyInAnyOrder(Language.INDONESIAN, Language.ENGLISH);
    assertThat(ferry.lead()).isEqualTo(new ArticleId(13));
    assertThat(ferry.lastSeen()).isAfter(ferry.firstSeen());
    assertThat(c.liveStories()).isEqualTo(6);
    assertThat(c.approximateBytes()).isPositive();
  }

  @Test
  void stateStaysBoundedByTheWindow() {
    StoryClusterer c =
        StoryClusterer.create(
            StorySettings.defaults().with("window", "P1D").with("sweepInterval", "50"), 1);
    Instant t = Instant.parse("2031-01-01T00:00:00Z");
    for (int i = 1; i <= 2_000; i++) {
      c.assign(
          StoryCandidate.of(
              new ArticleId(i),
              new SourceId(1 + i % 7),
              Language.ENGLISH,
              "Event number " + i + " in Town" + i,
              "Officials in Town" + i + " reported " + i + " cases of something.",
              t.plus(Duration.ofMinutes(30L * i))));
    }
    assertThat(c.liveStories()).isLessThan(200); // one day of half-hourly articles, not 2 000
  }

  @Test
  void hostileInputIsAssignedWithoutFailure() {
    StoryClusterer c = StoryClusterer.create(StorySettings.defaults(), 1);
    String huge = "kata ".repeat(200_000) + "\u0000\uFFFF";
    Assignment a =
        c.assign(
            StoryCandidate.of(
                new ArticleId(1), new SourceId(1), Language.UNDETERMINED, "", huge, Instant.EPOCH));
    Assignment empty =
        c.assign(
            StoryCandidate.of(
                new ArticleId(2), new SourceId(1), Language.of("xx"), "", "", Instant.EPOCH));
    assertThat(a.created()).isTrue();
    assertThat(empty.created()).isTrue();
  }

  @Test
  void badArgumentsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> StoryClusterer.create(StorySettings.defaults(), 0))
        .hasMessageContaining("firstId");
  }
}
