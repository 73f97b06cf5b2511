package org.warta.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "id-ID, id",
    "in, id",
    "ind, id",
    "en_US, en",
    "EN, en",
    "ms-MY, ms",
    "'', und",
    "x!y, und",
  })
  void readsTagsFoundInTheWild(String tag, String code) {
    assertThat(Language.of(tag).code()).isEqualTo(code);
  }

  @org.junit.jupiter.api.Test
  void undeterminedIsNotDetermined() {
    assertThat(Language.UNDETERMINED.isDetermined()).isFalse();
    assertThat(Language.INDONESIAN.isDetermined()).isTrue();
  }
}
