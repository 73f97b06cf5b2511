package org.warta.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A query word over every language stands for each analysis's reading of it. */
class QueryReadingsTest {

  @Test
  void aWordStandsForEveryDistinctReading() {
    // Indonesian stemming takes the affixes off; English and the neutral analysis keep the word
    assertThat(QueryReadings.readings("Kebakaran")).containsExactly("bakar", "kebakaran");
    // English stemming; the other analyses read the word as written
    assertThat(QueryReadings.readings("floods")).containsExactly("floods", "flood");
    // all alike: one term
    assertThat(QueryReadings.readings("banjir")).containsExactly("banjir");
    // a stop word in English only is still a word for the others
    assertThat(QueryReadings.readings("the")).containsExactly("the");
    // a stop word in Indonesian only
    assertThat(QueryReadings.readings("yang")).containsExactly("yang");
  }
}
