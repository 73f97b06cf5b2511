package org.warta.stories.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.standard();

  @Test
  void commonNewsWordsOfBothLanguagesMeetInOneConcept() {
    assertThat(lexicon.concept(Profile.INDONESIAN, "gempa"))
        .isEqualTo(lexicon.concept(Profile.ENGLISH, "earthquake"));
    assertThat(lexicon.concept(Profile.INDONESIAN, "tewas").name())
        .isEqualTo(lexicon.concept(Profile.ENGLISH, "killed").name())
        .isEqualTo("die");
    assertThat(lexicon.concept(Profile.INDONESIAN, "meninggal dunia").name()).isEqualTo("die");
  }

  @Test
  void placeNamesThatDifferAreMarkedAsPlaces() {
    Concept jawa = lexicon.concept(Profile.INDONESIAN, "jawa");
    assertThat(jawa).isEqualTo(lexicon.concept(Profile.ENGLISH, "java"));
    assertThat(jawa.kind()).isEqualTo(Concept.Kind.PLACE);
    assertThat(lexicon.concept(Profile.INDONESIAN, "selasa").kind()).isEqualTo(Concept.Kind.TIME);
  }

  @Test
  void eachSideIsLookedUpInItsOwnLanguage() {
    // "air" is water in Indonesian and air in English
    assertThat(lexicon.concept(Profile.INDONESIAN, "air").name()).isEqualTo("water");
    assertThat(lexicon.concept(Profile.ENGLISH, "air").name()).isEqualTo("air quality");
    assertThat(lexicon.concept(Profile.ENGLISH, "gempa")).isNull();
  }

  @Test
  void numberAndScaleWords() {
    assertThat(lexicon.numberWord("tiga")).isEqualTo(3);
    assertThat(lexicon.numberWord("three")).isEqualTo(3);
    assertThat(lexicon.scaleWord("miliar")).isEqualTo(lexicon.scaleWord("billion"));
    assertThat(lexicon.numberWord("gempa")).isNaN();
  }

  @Test
  void stopWordsPerLanguage() {
    assertThat(lexicon.isStopword(Profile.INDONESIAN, "yang")).isTrue();
    assertThat(lexicon.isStopword(Profile.ENGLISH, "yang")).isFalse();
    assertThat(lexicon.isStopword(Profile.OTHER, "the")).isTrue();
    assertThat(lexicon.longestForm()).isGreaterThanOrEqualTo(2);
  }
}
