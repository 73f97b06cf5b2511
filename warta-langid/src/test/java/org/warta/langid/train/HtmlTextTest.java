package org.warta.langid.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void keepsHeadingsAndParagraphsOnePerLineWithReferencesDecoded() {
    String html =
        "<html><head><title>skip me</title></head><body><h2>Pasal 1</h2>"
            + "<p>Sakabéh jalma  <b>gubrag</b> ka alam dunya &amp; bébas.</p>"
            + "<p>Caf&#233; &#x41;</p></body></html>";
    assertThat(HtmlText.of(html))
        .isEqualTo("Pasal 1\nSakabéh jalma gubrag ka alam dunya & bébas.\nCafé A\n");
  }
}
