package org.warta.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.warta.feed.FeedException.Problem;
import org.warta.testkit.LoopbackServer;

/** Hostile and broken documents end with a typed, readable error, quickly and in bounded memory. */
@Timeout(60)
class HostileInputTest {
  private static final URI URL = URI.create("https://evil.example/feed.xml");

  private static FeedException failure(byte[] body, String contentType) {
    try {
      FeedReader.read(body, URL, contentType);
    } catch (FeedException e) {
      return e;
    }
    throw new AssertionError("expected a FeedException");
  }

  @Test
  void externalEntityIsRefusedAndNothingIsRead() {
    FeedException e = failure(Fixtures.bytes("hostile/xxe-file.xml"), "application/rss+xml");
    assertThat(e.problem()).isEqualTo(Problem.DTD_REFUSED);
    assertThat(e.getMessage())
        .contains(URL.toString())
        .contains("XXE")
        .contains("ask the publisher")
        .doesNotContain("root:");
  }

  @Test
  void billionLaughsIsRefusedBeforeAnyExpansion() {
    long before = usedHeap();
    FeedException e = failure(Fixtures.bytes("hostile/billion-laughs.xml"), "text/xml");
    assertThat(e.problem()).isEqualTo(Problem.DTD_REFUSED);
    assertThat(usedHeap() - before).isLessThan(64L * 1024 * 1024);
    assertThat(failure(Fixtures.bytes("hostile/quadratic-blowup.xml"), "").problem())
        .isEqualTo(Problem.DTD_REFUSED);
  }

  @Test
  void externalDtdAndParameterEntitiesAreNeverFetched() {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.route(
          "/evil.dtd", LoopbackServer.Respond.ok("application/xml-dtd", "<!ENTITY x 'pwned'>"));
      String withExternalDtd =
          "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \""
              + server.url("/evil.dtd")
              + "\">"
              + "<rss version=\"2.0\"><channel><title>t &x;</title>"
              + "<item><link>https://evil.example/1</link></item></channel></rss>";
      Feed feed = FeedReader.read(withExternalDtd.getBytes(StandardCharsets.UTF_8), URL, "");
      assertThat(feed.title()).isEqualTo("t");
      assertThat(feed.warnings()).anyMatch(w -> w.contains("undeclared entity &x;"));
      String withParameterEntity =
          "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM \""
              + server.url("/evil.dtd")
              + "\"> %remote;]><rss version=\"2.0\"><channel/></rss>";
      assertThat(failure(withParameterEntity.getBytes(StandardCharsets.UTF_8), "").problem())
          .isEqualTo(Problem.DTD_REFUSED);
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void malformedXmlNamesLineAndColumn() {
    FeedException e = failure(Fixtures.bytes("hostile/malformed.xml"), "application/rss+xml");
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
    assertThat(e.getMessage()).contains(URL.toString()).contains("line 3").contains("publisher");
  }

  @Test
  void htmlPageIsNotAFeedEvenWhenServedAsRss() {
    FeedException e = failure(Fixtures.bytes("hostile/html-page.html"), "application/rss+xml");
    assertThat(e.problem()).isEqualTo(Problem.NOT_A_FEED);
    assertThat(e.getMessage()).contains("HTML page").contains("discover its feeds");
  }

  @Test
  void feedServedWithWrongContentTypeIsStillRead() {
    Feed feed = FeedReader.read(Fixtures.bytes("atom/atom10.xml"), URL, "text/html; charset=utf-8");
    assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_10);
  }

  @Test
  void sitemapAndOpmlAreNamedForWhatTheyAre() {
    byte[] sitemap =
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(failure(sitemap, "application/xml").getMessage()).contains("sitemap");
    byte[] opml = "<opml version=\"2.0\"><body/></opml>".getBytes(StandardCharsets.UTF_8);
    assertThat(failure(opml, "text/x-opml").getMessage()).contains("OPML");
    assertThat(failure(new byte[] {1, 2, 3, 4}, "application/octet-stream").problem())
        .isEqualTo(Problem.NOT_A_FEED);
    assertThat(failure(new byte[0], "").problem()).isEqualTo(Problem.NOT_A_FEED);
  }

  @Test
  void absurdNestingIsRefused() {
    String deep = "<rss>" + "<x>".repeat(10_000) + "</x>".repeat(10_000) + "</rss>";
    assertThat(failure(deep.getBytes(StandardCharsets.UTF_8), "").problem())
        .isEqualTo(Problem.TOO_COMPLEX);
  }

  @Test
  void oversizedBodyAndGzipBombAreRefused() throws IOException {
    assertThat(failure(new byte[FeedReader.MAX_BYTES + 1], "").problem())
        .isEqualTo(Problem.TOO_LARGE);
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        gzip.write(zeros);
      }
    }
    assertThat(packed.size()).isLessThan(200_000);
    FeedException e = failure(packed.toByteArray(), "application/gzip");
    assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
    assertThat(e.getMessage()).contains("gzip bomb");
  }

  @Test
  void gzippedFeedIsInflated() throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
      gzip.write(Fixtures.bytes("rss/rss20-kabar.xml"));
    }
    assertThat(FeedReader.read(packed.toByteArray(), URL, "application/gzip").items()).hasSize(3);
  }

  @Test
  void windows1252BytesDeclaredAsUtf8AreReadAsWindows1252() {
    byte[] head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Caf"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = " \u0093Kita\u0094</title></channel></rss>".getBytes(StandardCharsets.ISO_8859_1);
    byte[] body = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    body[head.length] = (byte) 0xE9;
    System.arraycopy(tail, 0, body, head.length + 1, tail.length);
    Feed feed = FeedReader.read(body, URL, "application/rss+xml");
    assertThat(feed.title()).isEqualTo("Café “Kita”");
    assertThat(feed.warnings()).anyMatch(w -> w.contains("windows-1252"));
  }

  @Test
  void charsetFromContentTypeIsUsedWhenTheDocumentDeclaresNone() {
    byte[] body =
        "<rss version=\"2.0\"><channel><title>Daumé</title></channel></rss>"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(FeedReader.read(body, URL, "text/xml; charset=ISO-8859-1").title())
        .isEqualTo("Daumé");
  }

  @Test
  void utf16FeedWithBomIsRead() {
    String xml =
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Enam"
            + " Belas</title></channel></rss>";
    assertThat(FeedReader.read(xml.getBytes(StandardCharsets.UTF_16BE), URL, "").title())
        .isEqualTo("Enam Belas");
  }

  @Test
  void wrongUtf16DeclarationOnUtf8BytesIsIgnored() {
    byte[] body =
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Berita Hari Ini</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    Feed feed = FeedReader.read(body, URL, "");
    assertThat(feed.title()).isEqualTo("Berita Hari Ini");
    assertThat(feed.warnings()).anyMatch(w -> w.contains("declares UTF-16"));
  }

  @Test
  void unknownDeclaredEncodingFallsBackToUtf8() {
    byte[] body =
        "<?xml version=\"1.0\" encoding=\"x-made-up\"?><rss version=\"2.0\"><channel><title>Caf\u00e9</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    Feed feed = FeedReader.read(body, URL, "");
    assertThat(feed.title()).isEqualTo("Caf\u00e9");
    assertThat(feed.warnings()).anyMatch(w -> w.contains("unknown encoding 'x-made-up'"));
  }

  @Test
  void hugeButHonestFeedIsReadCompletely() {
    StringBuilder sb =
        new StringBuilder(24 << 20).append("<rss version=\"2.0\"><channel><title>Besar</title>");
    for (int i = 0; sb.length() < 20 << 20; i++) {
      sb.append("<item><title>Berita nomor ")
          .append(i)
          .append("</title><link>https://besar.example/berita/")
          .append(i)
          .append("</link><description>")
          .append("Isi berita yang panjang. ".repeat(30))
          .append("</description></item>");
    }
    byte[] body = sb.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    Feed feed = FeedReader.read(body, URL, "application/rss+xml");
    assertThat(feed.items()).hasSizeGreaterThan(20_000);
    assertThat(feed.items().getLast().link().toString())
        .startsWith("https://besar.example/berita/");
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
