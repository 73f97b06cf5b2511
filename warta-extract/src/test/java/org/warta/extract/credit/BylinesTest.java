package org.warta.extract.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Author page links whose text is the account's display name. */
class BylinesTest {
  private static Element link(String href) {
    return Jsoup.parse("<a href=\"" + href + "\">x</a>").selectFirst("a");
  }

  @Test
  void aLinkTextThatSpellsTheAuthorSlugIsTheDisplayName() {
    assertThat(Bylines.spelledByLink(link("https://a.example/author/greenwheels/"), "green wheels"))
        .isTrue();
    assertThat(Bylines.spelledByLink(link("/authors/ana-de-souza"), "ana de souza")).isTrue();
  }

  @Test
  void otherTextsDoNotSpellTheSlug() {
    assertThat(Bylines.spelledByLink(link("/author/greenwheels/"), "read more")).isFalse();
    assertThat(Bylines.spelledByLink(link("/author/"), "")).isFalse();
    assertThat(Bylines.spelledByLink(link("/author/jroe"), "jane roe")).isFalse();
  }
}
