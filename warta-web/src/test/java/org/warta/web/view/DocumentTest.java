package org.warta.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * A kept document is gzip-encoded once, kept only so, and served in the encoding each client
 * accepts.
 */
class DocumentTest {
  private static final byte[] XML =
      "<urlset><url><loc>https://warta.example/story/1</loc></url></urlset>"
          .repeat(50)
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void theGzipVariantDecodesToTheSameBytes() throws IOException {
    Document d = Document.of(XML);
    assertThat(d.gzip().length).isLessThan(XML.length / 5);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(d.gzip()))) {
      assertThat(in.readAllBytes()).isEqualTo(XML);
    }
    assertThat(d.plain()).isEqualTo(XML);
    assertThat(d.plainLength()).isEqualTo(XML.length);
    assertThat(d.size()).as("only the compressed bytes are kept").isEqualTo(d.gzip().length);
  }

  @Test
  void anEmptyDocumentStaysEmpty() {
    Document d = Document.quick(new byte[0]);
    assertThat(d.plain()).isEmpty();
    assertThat(d.variant(null).bytes()).isEmpty();
  }

  @Test
  void clientsThatAcceptGzipGetItWithTheirOwnTag() {
    Document d = Document.of(XML);
    Document.Variant plain = d.variant(null);
    Document.Variant gzip = d.variant("gzip, deflate, br");
    assertThat(plain.bytes()).isEqualTo(XML);
    assertThat(plain.encoding()).isEmpty();
    assertThat(gzip.bytes()).isSameAs(d.gzip());
    assertThat(gzip.encoding()).contains("gzip");
    assertThat(gzip.etag()).isNotEqualTo(plain.etag()).startsWith("\"").endsWith("\"");
    assertThat(Document.of(XML).variant(null).etag()).isEqualTo(plain.etag());
  }

  @Test
  void readsAcceptEncodingAsHttpDefinesIt() {
    assertThat(Document.acceptsGzip("GZIP")).isTrue();
    assertThat(Document.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
    assertThat(Document.acceptsGzip("*")).isTrue();
    assertThat(Document.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(Document.acceptsGzip("gzip; q=0.000")).isFalse();
    assertThat(Document.acceptsGzip("identity")).isFalse();
    assertThat(Document.acceptsGzip("br, deflate")).isFalse();
    assertThat(Document.acceptsGzip("")).isFalse();
  }
}
