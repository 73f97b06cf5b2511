package org.warta.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.core.Link;
import org.warta.core.RawPage;
import org.warta.core.WireCredit;

/**
 * Golden files: {@code golden/<host>-<slug>.html} and {@code .expected.json} beside it. The page
 * URL is {@code https://<host>/<slug>} unless the expected file gives {@code url}. Every field
 * present in the expected file is compared; absent fields are not checked. {@code
 * bodyMustNotContain} lists text that must not appear in the body.
 */
class GoldenFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DIR = Path.of("src/test/resources/golden");

  static Stream<String> pages() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void extractsWhatTheGoldenFileSays(String name) throws IOException {
    JsonNode want = JSON.readTree(DIR.resolve(name + ".expected.json").toFile());
    byte[] html = Files.readAllBytes(DIR.resolve(name + ".html"));
    int dash = name.indexOf('-');
    URI url =
        URI.create(
            want.path("url")
                .asText("https://" + name.substring(0, dash) + "/" + name.substring(dash + 1)));
    Extraction e = Extractor.standard().extract(RawPage.ofBytes(url, html));

    SoftAssertions soft = new SoftAssertions();
    text(soft, want, "title", e.title());
    text(soft, want, "description", e.description());
    text(soft, want, "editor", e.editor());
    text(soft, want, "closingCredit", e.closingCredit());
    text(soft, want, "siteName", e.siteName());
    text(soft, want, "section", e.section());
    text(soft, want, "bodyText", e.bodyText());
    text(soft, want, "declaredLanguage", e.declaredLanguage().code());
    text(soft, want, "wireAgency", e.wireCredit().map(WireCredit::agency).orElse(""));
    text(soft, want, "published", e.published().map(Object::toString).orElse(""));
    text(soft, want, "modified", e.modified().map(Object::toString).orElse(""));
    text(soft, want, "canonicalUrl", e.canonicalUrl().map(URI::toString).orElse(""));
    if (want.has("authors")) {
      soft.assertThat(e.authors())
          .as("authors")
          .containsExactlyElementsOf(strings(want.get("authors")));
    }
    if (want.has("originalHints")) {
      soft.assertThat(e.originalHints().stream().map(URI::toString).toList())
          .as("originalHints")
          .containsExactlyElementsOf(strings(want.get("originalHints")));
    }
    if (want.has("related")) {
      soft.assertThat(e.related().stream().map(Link::text).toList())
          .as("related")
          .containsExactlyElementsOf(strings(want.get("related")));
    }
    if (want.has("leadImage")) {
      JsonNode img = want.get("leadImage");
      soft.assertThat(e.leadImage()).as("leadImage").isPresent();
      e.leadImage()
          .ifPresent(
              i -> {
                soft.assertThat(i.url().toString())
                    .as("leadImage.url")
                    .isEqualTo(img.path("url").asText());
                soft.assertThat(i.caption())
                    .as("leadImage.caption")
                    .isEqualTo(img.path("caption").asText());
                soft.assertThat(i.credit())
                    .as("leadImage.credit")
                    .isEqualTo(img.path("credit").asText());
              });
    }
    for (String banned : strings(want.path("bodyMustNotContain"))) {
      soft.assertThat(e.bodyText()).as("body must not contain").doesNotContain(banned);
      soft.assertThat(e.bodyHtml()).as("body HTML must not contain").doesNotContain(banned);
    }
    soft.assertAll();
  }

  private static void text(SoftAssertions soft, JsonNode want, String field, String actual) {
    if (want.has(field)) {
      soft.assertThat(actual).as(field).isEqualTo(want.get(field).asText());
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
