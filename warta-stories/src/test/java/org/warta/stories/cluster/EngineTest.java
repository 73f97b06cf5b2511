package org.warta.stories.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warta.stories.cluster.Vectors.english;
import static org.warta.stories.cluster.Vectors.member;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.StoryId;
import org.warta.stories.Assignment;
import org.warta.stories.StoryChange;
import org.warta.stories.StorySettings;

class EngineTest {
  private static final long DAY = Duration.ofDays(1).toSeconds();

  private static Assignment assign(Engine e, Member m) {
    return e.assign(m, Optional.empty());
  }

  @Test
  void similarArticlesJoinOneStoryUnrelatedOnesStartTheirOwn() {
    Engine e = new Engine(StorySettings.defaults(), 100);
    Assignment a = assign(e, english(1, "e:welang", "c:quake", "n:4.9", "w:fishermen"));
    Assignment b = assign(e, english(2, "e:welang", "c:quake", "n:4.9", "w:shaking"));
    Assignment c = assign(e, english(3, "e:meranti", "w:grocery", "n:140000000"));
    assertThat(a.created()).isTrue();
    assertThat(a.story()).isEqualTo(new StoryId(100));
    assertThat(b.created()).isFalse();
    assertThat(b.story()).isEqualTo(a.story());
    assertThat(c.story()).isEqualTo(new StoryId(101));
    assertThat(e.liveStories()).isEqualTo(2);
  }

  @Test
  void entitiesMustAgreeSharedVocabularyIsNotEnough() {
    Engine e = new Engine(StorySettings.defaults(), 1);
    Assignment first =
        assign(e, english(1, "e:sarolangit", "n:5.8", "c:quake", "c:tsunami", "c:depth", "w:felt"));
    // same vocabulary, but another place and magnitude: a different earthquake
    Assignment second =
        assign(e, english(2, "e:welang", "n:4.9", "c:quake", "c:tsunami", "c:depth", "w:felt"));
    assertThat(second.story()).isNotEqualTo(first.story());
  }

  @Test
  void similarityFadesWithTimeSoOldStoriesAreNotReopened() {
    Engine e = new Engine(StorySettings.defaults(), 1);
    Assignment then =
        e.assign(
            member(1, 0, Language.ENGLISH, "e:cikareo", "c:flood", "w:river"), Optional.empty());
    Assignment later =
        e.assign(
            member(2, 20 * DAY, Language.ENGLISH, "e:cikareo", "c:flood", "w:bank"),
            Optional.empty());
    assertThat(later.story()).isNotEqualTo(then.story());
  }

  @Test
  void indonesianAndEnglishMeetOnSharedTerms() {
    Engine e = new Engine(StorySettings.defaults(), 1);
    Assignment en =
        assign(e, english(1, "e:kirana", "e:sandar", "c:fire", "c:ferry", "n:310", "w:blaze"));
    Assignment id =
        e.assign(
            member(
                2,
                3600,
                Language.INDONESIAN,
                "e:kirana",
                "e:sandar",
                "c:fire",
                "c:ferry",
                "n:310",
                "w:penumpang"),
            Optional.empty());
    assertThat(id.story()).isEqualTo(en.story());
  }

  @Test
  void aStoryThatTurnsOutToHoldTwoEventsIsSplitAndKeepsItsIdOnTheLargerPart() {
    Engine e = new Engine(StorySettings.defaults(), 1);
    StoryId story =
        assign(
                e,
                english(1, "e:club", "w:arrest", "w:drunk", "e:vincent", "e:jackson", "w:receiver"))
            .story();
    assign(e, english(2, "e:club", "w:arrest", "w:drunk", "e:jackson", "w:receiver", "w:route"));
    assign(e, english(3, "e:club", "w:arrest", "e:vincent", "e:jackson", "w:route", "w:playoff"));
    assign(
        e, english(4, "e:club", "w:arrest", "e:jackson", "w:receiver", "w:playoff", "w:innocent"));
    Assignment w1 =
        assign(e, english(5, "e:club", "w:arrest", "w:drunk", "e:jamal", "e:williams", "w:tackle"));
    assertThat(w1.story()).isEqualTo(story); // at first the second arrest looks like the first
    assign(
        e, english(6, "e:club", "w:arrest", "e:williams", "w:tackle", "w:speeding", "w:bentley"));
    Assignment w3 =
        assign(
            e, english(7, "e:club", "w:arrest", "w:drunk", "e:jamal", "e:williams", "w:speeding"));
    assertThat(w3.changes()).hasSize(1);
    StoryChange.Split split = (StoryChange.Split) w3.changes().getFirst();
    assertThat(split.from()).isEqualTo(story);
    assertThat(split.moved())
        .containsExactlyInAnyOrder(new ArticleId(5), new ArticleId(6), new ArticleId(7));
    assertThat(w3.story()).isEqualTo(split.to());
    assertThat(e.snapshot(story).orElseThrow().articles()).isEqualTo(4);
    assertThat(e.snapshot(split.to()).orElseThrow().lead()).isEqualTo(new ArticleId(5));
  }

  @Test
  void anArticleThatComesBeforeItsStoryIsAbsorbedWhenTheStoryGrows() {
    Engine e = new Engine(StorySettings.defaults(), 1);
    Assignment left = assign(e, english(1, "e:a", "e:b", "e:c", "e:d"));
    Assignment right = assign(e, english(2, "e:e", "e:f", "e:g", "e:h"));
    assertThat(right.story()).isNotEqualTo(left.story());
    Assignment bridge =
        assign(e, english(3, "e:a", "e:b", "e:c", "e:d", "e:e", "e:f", "e:g", "e:h"));
    assertThat(bridge.changes())
        .containsExactly(new StoryChange.Merged(right.story(), left.story()));
    assertThat(e.resolve(right.story())).isEqualTo(left.story());
    assertThat(e.liveStories()).isEqualTo(1);
  }

  @Test
  void storiesWithoutNewArticlesForTheWindowAreEvicted() {
    Engine e = new Engine(StorySettings.defaults().with("window", "P2D"), 1);
    StoryId old = e.assign(member(1, 0, Language.ENGLISH, "e:x", "w:y"), Optional.empty()).story();
    e.assign(member(2, 3 * DAY, Language.ENGLISH, "e:z", "w:q"), Optional.empty());
    e.evictNow();
    assertThat(e.liveStories()).isEqualTo(1);
    assertThat(e.snapshot(old)).isEmpty();
    assertThat(e.bytes()).isPositive();
  }

  @Test
  void theNumberOfLiveStoriesIsCapped() {
    Engine e =
        new Engine(StorySettings.defaults().with("maxStories", "10").with("sweepInterval", "5"), 1);
    for (int i = 1; i <= 100; i++) {
      e.assign(member(i, i, Language.ENGLISH, "e:topic" + i, "w:word" + i), Optional.empty());
    }
    assertThat(e.liveStories()).isLessThanOrEqualTo(10 + 5);
  }

  @Test
  void aReplayedArticleGetsItsRecordedStoryIdBack() {
    Engine e = new Engine(StorySettings.defaults(), 500);
    Assignment a = e.assign(english(1, "e:x", "w:y"), Optional.of(new StoryId(42)));
    Assignment b = e.assign(english(2, "e:p", "w:q"), Optional.empty());
    assertThat(a.story()).isEqualTo(new StoryId(42));
    assertThat(b.story()).isEqualTo(new StoryId(500));
  }

  @Test
  void candidatesAreOrderedBestFirstKeepingTheSearchOrderOfEqualOnes() {
    StoryState a = new StoryState(0, 1, new ArticleId(1));
    StoryState b = new StoryState(1, 2, new ArticleId(2));
    StoryState c = new StoryState(2, 3, new ArticleId(3));
    StoryState d = new StoryState(3, 4, new ArticleId(4));
    java.util.List<Engine.Scored> scored =
        new java.util.ArrayList<>(
            java.util.List.of(
                new Engine.Scored(a, 0.2, true),
                new Engine.Scored(b, 0.5, true),
                new Engine.Scored(c, 0.2, false),
                new Engine.Scored(d, 0.7, true)));
    assertThat(Engine.bestFirst(scored))
        .extracting(Engine.Scored::story)
        .containsExactly(d, b, a, c);
  }
}
