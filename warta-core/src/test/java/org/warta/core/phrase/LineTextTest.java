package org.warta.core.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineTextTest {
  @Test
  void lowerCasesEveryCharAsCharacterToLowerCaseDoes() {
    StringBuilder all = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      all.append((char) c);
      expected.append(Character.toLowerCase((char) c));
    }
    assertThat(LineText.lower(all.toString())).isEqualTo(expected.toString());
  }

  @Test
  void aLineIsEnclosedWhenItsFirstBracketClosesAtItsEnd() {
    assertThat(LineText.isEnclosed("(Editor: Jane Roe)")).isTrue();
    assertThat(LineText.isEnclosed("（责任编辑：周海燕）")).isTrue();
    assertThat(LineText.isEnclosed("[Edited by (and for) Sam]")).isTrue();
    assertThat(LineText.isEnclosed("(AFP) Harga naik (foto)")).isFalse();
    assertThat(LineText.isEnclosed("(Editor: Jane Roe]")).isFalse();
    assertThat(LineText.isEnclosed("Editor: Jane Roe")).isFalse();
    assertThat(LineText.isEnclosed("()")).isFalse();
  }
}
