package org.warta.sample.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages in a legacy charset keep every character: unmappable ones become references. */
class PageEncoderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void charactersOutsideTheCharsetBecomeNumericReferences() {
    byte[] bytes = PageEncoder.encode("Léo – “ok” ≈ 日", CP1252);

    assertThat(new String(bytes, CP1252)).isEqualTo("Léo – “ok” &#8776; &#26085;");
  }

  @Test
  void utf8IsPassedThrough() {
    assertThat(PageEncoder.encode("≈", StandardCharsets.UTF_8))
        .isEqualTo("≈".getBytes(StandardCharsets.UTF_8));
  }
}
