package org.warta.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The length pre-check of {@link RelatedHarvest} never calls a text long that is not. */
class RelatedHarvestTest {
  @Test
  void surelyLongerThanOnlyWhenTheTextIsLonger() {
    Element e =
        Jsoup.parse(
                "<div id=x> Baca\u200B juga:\n\n <a href=/a>Harga  cabai\u00ADnaik</a>"
                    + "<p>lagi   &nbsp; di <b>Jakarta</b></p><script>var x = 12345;</script>"
                    + "<!-- a comment --></div>")
            .getElementById("x");
    int length = e.text().length();
    for (int max = 0; max < length + 10; max++) {
      if (RelatedHarvest.surelyLongerThan(e, max)) {
        assertThat(length).as("text length, surely longer than %d", max).isGreaterThan(max);
      }
    }
    assertThat(RelatedHarvest.surelyLongerThan(e, 10)).isTrue();
  }
}
