package org.warta.fetch.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BodyReaderTest {
  private static final byte[] TEXT =
      "<rss><channel><title>Warta Contoh</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
  private final BodyReader reader = new BodyReader(1 << 20, 1 << 20);

  @Test
  void identityGzipZlibAndRawDeflateAllDecode() throws IOException {
    assertThat(reader.read(in(TEXT), "")).isEqualTo(TEXT);
    assertThat(reader.read(in(TEXT), "identity")).isEqualTo(TEXT);
    assertThat(reader.read(in(gzip(TEXT)), "gzip")).isEqualTo(TEXT);
    assertThat(reader.read(in(gzip(TEXT)), "X-GZIP")).isEqualTo(TEXT);
    assertThat(reader.read(in(deflate(TEXT, false)), "deflate")).isEqualTo(TEXT);
    assertThat(reader.read(in(deflate(TEXT, true)), "deflate")).isEqualTo(TEXT);
  }

  @Property
  void anyBodyRoundTripsThroughGzip(@ForAll byte[] body) throws IOException {
    assertThat(reader.read(in(gzip(body)), "gzip")).isEqualTo(body);
  }

  @Test
  void stackedCodingsAreUndoneInReverseOrder() throws IOException {
    assertThat(reader.read(in(gzip(deflate(TEXT, false))), "deflate, gzip")).isEqualTo(TEXT);
  }

  @Test
  void moreWireBytesThanTheLimitIsTooLarge() {
    var small = new BodyReader(10, 1000);

    assertThatThrownBy(() -> small.read(in(TEXT), ""))
        .isInstanceOfSatisfying(
            BodyLimitException.class,
            e -> assertThat(e.kind()).isEqualTo(BodyLimitException.Kind.TOO_LARGE));
  }

  @Test
  void moreDecodedBytesThanTheLimitIsABomb() throws IOException {
    var tight = new BodyReader(1 << 20, 4096);
    byte[] zeros = gzip(new byte[1 << 20]);

    assertThatThrownBy(() -> tight.read(in(zeros), "gzip"))
        .isInstanceOfSatisfying(
            BodyLimitException.class,
            e -> assertThat(e.kind()).isEqualTo(BodyLimitException.Kind.BOMB));
  }

  @Test
  void corruptOrUnknownCodingsAreBadEncodings() throws IOException {
    byte[] truncated = java.util.Arrays.copyOf(gzip(TEXT), 20);
    for (var attempt :
        new Object[][] {{TEXT, "gzip"}, {truncated, "gzip"}, {TEXT, "br"}, {TEXT, "zstd"}}) {
      assertThatThrownBy(() -> reader.read(in((byte[]) attempt[0]), (String) attempt[1]))
          .isInstanceOfSatisfying(
              BodyLimitException.class,
              e -> assertThat(e.kind()).isEqualTo(BodyLimitException.Kind.BAD_ENCODING));
    }
  }

  @Test
  void aPrefixReadStopsQuietlyAtTheLimit() throws IOException {
    assertThat(reader.readPrefix(in(TEXT), "", 5)).hasSize(5);
  }

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  static byte[] gzip(byte[] data) throws IOException {
    var out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data, boolean raw) throws IOException {
    var out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    try (OutputStream d = new DeflaterOutputStream(out, deflater)) {
      d.write(data);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }
}
