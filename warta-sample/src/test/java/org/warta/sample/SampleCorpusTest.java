package org.warta.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample is exactly what the generator makes: regenerating it gives the same bytes, so
 * nobody can edit the WARC, manifest or key by hand and let them drift from the generator.
 */
class SampleCorpusTest {
  @TempDir static Path out;
  private static Summary summary;

  @BeforeAll
  static void generateOnce() throws IOException {
    summary = SampleCorpus.generate(out);
  }

  @Test
  void regeneratingGivesTheShippedFilesByteForByte() throws IOException {
    for (String name :
        new String[] {SampleCorpus.MANIFEST, SampleCorpus.ANSWER_KEY, SampleCorpus.WARC}) {
      byte[] shipped = shipped(name);
      byte[] fresh = Files.readAllBytes(out.resolve(name));
      if (name.endsWith(".gz")) {
        assertSame(name + " (uncompressed)", gunzip(shipped), gunzip(fresh));
      }
      assertSame(name, shipped, fresh);
    }
    assertThat(summary.warcBytes()).isEqualTo(shipped(SampleCorpus.WARC).length);
  }

  @Test
  void theSampleHasTheSizeTheDemoNeeds() {
    Summary s = summary;

    assertThat(s.publishers()).isBetween(8, 10);
    assertThat(s.articles()).isBetween(80, 150);
    assertThat(s.stories()).isGreaterThanOrEqualTo(12);
    assertThat(s.copies()).isGreaterThanOrEqualTo(8);
    assertThat(s.warcBytes()).as("a few MB at most").isLessThan(3_000_000L);
  }

  /** Fails with the first differing offset and some text around it, not two byte dumps. */
  private static void assertSame(String name, byte[] shipped, byte[] fresh) {
    int i = java.util.Arrays.mismatch(shipped, fresh);
    if (i >= 0) {
      throw new AssertionError(
          name
              + " differs from what the generator writes (first at byte "
              + i
              + ": shipped '"
              + around(shipped, i)
              + "', generated '"
              + around(fresh, i)
              + "'); rebuild the sample as warta-sample/README.md says");
    }
  }

  private static String around(byte[] b, int i) {
    int from = Math.max(0, i - 40);
    int to = Math.min(b.length, i + 40);
    return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1)
        .replaceAll("[^\\x20-\\x7e]", "?");
  }

  private static byte[] shipped(String name) throws IOException {
    try (InputStream in =
        SampleCorpus.class.getResourceAsStream(SampleCorpus.RESOURCE_DIR + name)) {
      assertThat(in).as("%s is shipped on the class path", name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
