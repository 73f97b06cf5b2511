package org.warta.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {
  private static final String[] PIECES = {
    "<meta",
    "<META",
    "<Meta ",
    " charset=",
    "CHARSET = ",
    "\"",
    "'",
    "utf-8",
    "windows-1252",
    "iso-8859-1",
    ">",
    "<",
    "<<",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; ",
    "x",
    " ",
    "\n",
    "<!-- <meta charset=koi8-r -->",
    "é",
    "shift_jis",
    "<metacharset=gbk"
  };

  @Test
  void metaCharsetTriedAtEachTagIsWhatFindGives() {
    Random random = new Random(11);
    for (int n = 0; n < 30_000; n++) {
      StringBuilder head = new StringBuilder();
      for (int i = random.nextInt(14); i > 0; i--) {
        head.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = head.toString();
      assertThat(CharsetDetector.findTag(CharsetDetector.META_CHARSET, text))
          .as(text)
          .isEqualTo(CharsetDetector.find(CharsetDetector.META_CHARSET, text));
    }
  }
}
