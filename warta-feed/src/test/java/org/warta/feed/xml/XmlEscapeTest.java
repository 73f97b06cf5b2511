package org.warta.feed.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text and attribute values written so that the document stays well-formed XML 1.0. */
class XmlEscapeTest {

  @Test
  void escapesMarkupCharactersAndKeepsTheRest() {
    StringBuilder sb = new StringBuilder("<t>");
    XmlEscape.text("Harga \"cabai\" naik <5%> & turun — 价格 😀", sb);
    assertThat(sb).hasToString("<t>Harga \"cabai\" naik &lt;5%&gt; &amp; turun — 价格 😀");
  }

  @Test
  void attributesAlsoEscapeQuotes() {
    StringBuilder sb = new StringBuilder();
    XmlEscape.attribute("a \"b\" & c", sb);
    assertThat(sb).hasToString("a &quot;b&quot; &amp; c");
  }

  @Test
  void dropsWhatXml10Forbids() {
    StringBuilder sb = new StringBuilder();
    XmlEscape.text("a\u0000b\u0007c\td\ne\uFFFEf\uD800g\uDC00h", sb);
    assertThat(sb).hasToString("abc\td\nefgh");
    assertThat(XmlEscape.legal("ok\u0001")).isEqualTo("ok");
  }
}
