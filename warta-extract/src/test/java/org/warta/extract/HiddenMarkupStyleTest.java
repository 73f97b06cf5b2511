package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inline styles that hide an element, in any case and with any spaces. */
class HiddenMarkupStyleTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "display:none | true",
        "color: red; DISPLAY : NONE | true",
        "visibility: hidden | true",
        "Visibility :Hid den | true",
        "display: block | false",
        "display:non | false",
        "visibility: visible; displaynone | false",
      })
  void hiddenStylesAreFoundIgnoringCaseAndSpaces(String style, boolean hidden) {
    boolean found =
        HiddenMarkup.containsIgnoringSpaces(style, "display:none")
            || HiddenMarkup.containsIgnoringSpaces(style, "visibility:hidden");
    assertThat(found).as(style).isEqualTo(hidden);
  }
}
