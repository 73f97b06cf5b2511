package org.warta.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.core.RawPage;
import org.warta.extract.Extraction;
import org.warta.extract.Extractor;
import org.warta.extract.support.Fixtures;

/**
 * Every selector of {@code body/content-selectors.tsv} finds the body it names: the fixture page
 * {@code body/markup/template.html} is wrapped, at its marker, in an element carrying the selector,
 * next to a teaser list that outscores a bare article.
 */
class MarkupSelectorsTest {

  static Stream<String> selectors() {
    List<String> out = new ArrayList<>();
    for (String[] row : Fixtures.dataRows("body/content-selectors.tsv")) {
      for (String s : row[1].split(",")) {
        out.add(s.strip());
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selectors")
  void markedBodyIsExtracted(String selector) {
    String open;
    String close = "</div>";
    if (selector.startsWith(".")) {
      open = "<div class=\"" + selector.substring(1) + "\">";
    } else if (selector.startsWith("#")) {
      open = "<div id=\"" + selector.substring(1) + "\">";
    } else if (selector.startsWith("[")) {
      String[] kv = selector.substring(1, selector.length() - 1).split("=", 2);
      open = "<div " + kv[0] + "=\"" + kv[1] + "\">";
    } else {
      open = "<" + selector + ">";
      close = "</" + selector + ">";
    }
    String html =
        Fixtures.text("body/markup/template.html")
            .replace("<!--MARKUP-->", open)
            .replace("<!--/MARKUP-->", close);
    Extraction e =
        Extractor.standard()
            .extract(
                RawPage.ofBytes(
                    URI.create("https://northside.example/ferry"),
                    html.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.bodyText())
        .startsWith("The old harbour ferry")
        .doesNotContain("bakery")
        .doesNotContain("Elsewhere");
    assertThat(e.diagnostics().stage()).isIn("markup", "scored");
  }
}
