package org.warta.stories.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {

  @ParameterizedTest
  @CsvSource({
    "pirates,pirate",
    "casualties,casualty",
    "boxes,box",
    "arrested,arrest",
    "investigating,investigat",
    "news,new",
    "status,status",
    "crisis,crisis",
  })
  void englishEndings(String word, String stem) {
    assertThat(Stemmer.stem(word, Profile.ENGLISH)).isEqualTo(stem);
  }

  @ParameterizedTest
  @CsvSource({
    // inflected forms of one word meet
    "kebakaran,bakar",
    "terbakar,bakar",
    "membakar,bakar",
    "pengungsi,ungsi",
    "mengungsi,ungsi",
    "rumahnya,rumah",
    "bencanalah,bencana",
    "menyerang,serang",
    // short words are left alone
    "kapal,kapal",
  })
  void indonesianAffixes(String word, String stem) {
    assertThat(Stemmer.stem(word, Profile.INDONESIAN)).isEqualTo(stem);
  }

  @ParameterizedTest
  @CsvSource({"kebakaran", "pirates"})
  void otherLanguagesAreNotStemmed(String word) {
    assertThat(Stemmer.stem(word, Profile.OTHER)).isEqualTo(word);
  }
}
