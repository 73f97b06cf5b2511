package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.core.RawPage;

/**
 * Every input of the fuzz corpus ({@code src/test/resources/fuzz/}) is extracted under a generous
 * hang guard, without throwing and without an internal failure (which extraction would report as an
 * "extraction failed" warning instead of throwing), and related links stay http(s).
 */
class FuzzCorpusTest {
  private static final Path DIR = Path.of("src/test/resources/fuzz");

  static Stream<String> inputs() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("README.md"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void extractsWithoutInternalFailure(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(DIR.resolve(name));
    Extraction e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                Extractor.standard()
                    .extract(RawPage.ofBytes(URI.create("https://fuzz.example/" + name), bytes)));
    assertThat(e.diagnostics().warnings()).noneMatch(w -> w.startsWith("extraction failed"));
    e.related().forEach(l -> assertThat(l.url().getScheme()).isIn("http", "https"));
  }
}
