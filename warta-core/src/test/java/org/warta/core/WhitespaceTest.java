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

  @Test
  void collapseLeavesCollapsedTextAsItIs() {
    String text = "Banjir di Jakarta, 3 warga mengungsi.";
    assertThat(Whitespace.collapse(text)).isSameAs(text);
    assertThat(Whitespace.collapse("")).isEmpty();
    assertThat(Whitespace.collapse(" ")).isEmpty();
    assertThat(Whitespace.collapse("a")).isEqualTo("a");
  }

  @Test
  void collapseAgreesWithTheCharacterByCharacterDefinition() {
    char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\u00A0', '\u2003', '\u3000', '.', '\r'};
    java.util.Random random = new java.util.Random(42);
    for (int round = 0; round < 20_000; round++) {
      char[] text = new char[random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertThat(Whitespace.collapse(s)).as("'%s'", s).isEqualTo(slowCollapse(s));
    }
  }

  /**
   * The definition: each run of whitespace (no-break spaces included) one space, none at the ends.
   */
  private static String slowCollapse(String s) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (char c : s.toCharArray()) {
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
