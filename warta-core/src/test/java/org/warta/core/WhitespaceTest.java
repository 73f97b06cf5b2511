package org.warta.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {
  @Test
  void isWhitespaceAnswersAsCharacterIsWhitespaceForEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(Whitespace.isWhitespace((char) c))
          .as("U+%04X", c)
          .isEqualTo(Character.isWhitespace((char) c));
    }
  }

  @Test
  void collapseMakesEachRunOneSpaceAndTrimsTheEnds() {
    assertThat(Whitespace.collapse("\u00A0 Jane\t\u2003Roe \u3000")).isEqualTo("Jane Roe");
  }
}
