package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.warta.core.RawPage;
import org.warta.core.ResponseHeaders;

/**
 * Extraction never throws and stays bounded in time on hostile input. Hang guards are generous:
 * they catch hangs, not slowness (speed is the benchmark's job).
 */
class RobustnessTest {
  private static final URI URL = URI.create("https://hostile.example/page");
  private static final Extractor EXTRACTOR = Extractor.standard();

  private static Extraction run(byte[] body) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60), () -> EXTRACTOR.extract(RawPage.ofBytes(URL, body)));
  }

  @Test
  void emptyPage() {
    Extraction e = run(new byte[0]);
    assertThat(e.bodyText()).isEmpty();
    assertThat(e.title()).isEmpty();
  }

  @Test
  void binaryBytesAreReportedNotParsed() {
    byte[] png = new byte[5000];
    new Random(7).nextBytes(png);
    png[0] = (byte) 0x89;
    Extraction e = run(png);
    assertThat(e.bodyText()).isEmpty();
    assertThat(e.diagnostics().warnings()).anyMatch(w -> w.contains("binary"));
  }

  @Test
  void nonHtmlContentTypeIsReported() {
    RawPage pdf =
        RawPage.of(
            URL,
            ResponseHeaders.of("Content-Type", "application/pdf"),
            "%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
            java.time.Instant.EPOCH);
    Extraction e = EXTRACTOR.extract(pdf);
    assertThat(e.diagnostics().warnings()).anyMatch(w -> w.contains("not HTML"));
  }

  @Test
  void tenThousandDeepNesting() {
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>".repeat(10_000))
        .append(
            "<p>Deep text that is long enough to count as a paragraph, with commas, words and more"
                + " words.</p>");
    sb.append("</div>".repeat(10_000)).append("</body></html>");
    Extraction e = run(sb.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(e.bodyText()).contains("Deep text");
  }

  @Test
  void twentyMegabytePageIsCutAndStillExtracted() {
    StringBuilder sb = new StringBuilder("<html><head><title>Big</title></head><body><article>");
    String p =
        "<p>Paragraf panjang tentang banjir, hujan, angin dan gelombang yang terus berulang di"
            + " pesisir.</p>\n";
    while (sb.length() < 20 * 1024 * 1024) {
      sb.append(p);
    }
    Extraction e = run(sb.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(e.diagnostics().warnings()).anyMatch(w -> w.contains("cut at"));
    assertThat(e.bodyText()).contains("Paragraf panjang");
  }

  @Test
  void truncatedPageInTheMiddleOfATag() {
    String html =
        "<html><head><title>Cut</title></head><body><article><p>Kalimat pertama yang cukup panjang"
            + " untuk dianggap paragraf, dengan koma.</p><p>Kalimat ked";
    Extraction e = run(html.getBytes(StandardCharsets.UTF_8));
    assertThat(e.bodyText()).startsWith("Kalimat pertama");
  }

  @Test
  void brokenUtf8IsDecodedWithReplacementCharacters() {
    byte[] bad = "<html><body><p>Harga naik \u00e9 ".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[bad.length + 3];
    System.arraycopy(bad, 0, body, 0, bad.length);
    body[bad.length] = (byte) 0xC3;
    body[bad.length + 1] = (byte) 0x28;
    body[bad.length + 2] = (byte) 0xFF;
    Extraction e = run(body);
    assertThat(e.diagnostics().charset()).startsWith("windows-1252");
    assertThat(e.bodyText()).startsWith("Harga naik");
  }

  @Property(tries = 200)
  void neverThrowsOnArbitraryText(@ForAll @Size(max = 3000) String html) {
    Extraction e = EXTRACTOR.extract(RawPage.ofBytes(URL, html.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.diagnostics().warnings()).noneMatch(w -> w.startsWith("extraction failed"));
  }

  @Property(tries = 200)
  void neverThrowsOnArbitraryBytes(@ForAll @Size(max = 3000) byte[] bytes) {
    Extraction e = EXTRACTOR.extract(RawPage.ofBytes(URL, bytes));
    assertThat(e.diagnostics().warnings()).noneMatch(w -> w.startsWith("extraction failed"));
  }
}
