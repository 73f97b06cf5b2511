package org.warta.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArchiveTest {
  @TempDir Path dir;
  Path warc;

  @BeforeEach
  void writeArchive() throws IOException {
    warc = dir.resolve("sample.warc.gz");
    try (FileChannel out =
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP)) {
      writer.write(
          response(
              "https://kabar.example/a",
              200,
              "text/html; charset=utf-8",
              "<h1>A</h1>",
              "2026-11-01T00:00:00Z"));
      writer.write(
          response(
              "https://kabar.example/feed.xml",
              200,
              "application/rss+xml",
              "<rss/>",
              "2026-11-01T00:01:00Z"));
      writer.write(
          response(
              "https://kabar.example/missing", 404, "text/html", "gone", "2026-11-01T00:02:00Z"));
      writer.write(
          response(
              "https://img.kabar.example/1.png", 200, "image/png", "PNG", "2026-11-01T00:03:00Z"));
      writer.write(
          response(
              "https://www.other.example/b",
              200,
              "text/html",
              "<h1>B</h1>",
              "2026-11-05T00:00:00Z"));
      writer.write(
          response(
              "https://kabar.example/c",
              200,
              "application/xhtml+xml",
              "<h1>C</h1>",
              "2026-11-09T00:00:00Z"));
    }
  }

  static WarcResponse response(String url, int status, String type, String body, String date)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(url).date(Instant.parse(date)).body(http).build();
  }

  static List<String> urls(WarcArchive archive) throws IOException {
    List<String> out = new ArrayList<>();
    for (Optional<ArchivedPage> p = archive.next(); p.isPresent(); p = archive.next()) {
      out.add(p.get().page().url().toString());
    }
    return out;
  }

  @Test
  void readsSuccessfulHtmlCapturesInFileOrder() throws IOException {
    try (WarcArchive archive =
        WarcArchive.open(warc, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
      assertThat(urls(archive))
          .containsExactly(
              "https://kabar.example/a", "https://www.other.example/b", "https://kabar.example/c");
      assertThat(archive.records()).isEqualTo(6);
      assertThat(archive.pages()).isEqualTo(3);
    }
  }

  @Test
  void keepsHeadersBodyAndCaptureTime() throws IOException {
    try (WarcArchive archive =
        WarcArchive.open(warc, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
      var page = archive.next().orElseThrow().page();
      assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<h1>A</h1>");
      assertThat(page.contentType().orElseThrow())
          .startsWith("text/html")
          .contains("charset=utf-8");
      assertThat(page.fetchedAt()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }
  }

  @Test
  void filtersByHostDateAndKind() throws IOException {
    var onlyKabar = ArchiveFilter.htmlPages().withHosts(Set.of("KABAR.example"));
    try (WarcArchive a = WarcArchive.open(warc, onlyKabar, OptionalLong.empty())) {
      assertThat(urls(a)).containsExactly("https://kabar.example/a", "https://kabar.example/c");
    }
    var november4to8 =
        ArchiveFilter.htmlPages()
            .between(
                Optional.of(Instant.parse("2026-11-04T00:00:00Z")),
                Optional.of(Instant.parse("2026-11-08T00:00:00Z")));
    try (WarcArchive a = WarcArchive.open(warc, november4to8, OptionalLong.empty())) {
      assertThat(urls(a)).containsExactly("https://www.other.example/b");
    }
    try (WarcArchive a = WarcArchive.open(warc, onlyKabar.withFeeds(), OptionalLong.empty())) {
      assertThat(urls(a)).contains("https://kabar.example/feed.xml");
    }
  }

  @Test
  void resumesAfterTheLastHandledPage() throws IOException {
    long position;
    try (WarcArchive archive =
        WarcArchive.open(warc, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
      archive.next();
      position = archive.next().orElseThrow().position();
    }
    try (WarcArchive archive =
        WarcArchive.open(warc, ArchiveFilter.htmlPages(), OptionalLong.of(position))) {
      assertThat(urls(archive)).containsExactly("https://kabar.example/c");
    }
  }

  @Test
  void anUncompressedWarcIsReadLikeAGzippedOne() throws IOException {
    Path plain = dir.resolve("plain.warc");
    try (FileChannel out =
            FileChannel.open(plain, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(out, WarcCompression.NONE)) {
      writer.write(
          response(
              "https://kabar.example/a", 200, "text/html", "<h1>A</h1>", "2026-11-01T00:00:00Z"));
      writer.write(
          response(
              "https://kabar.example/b", 200, "text/html", "<h1>B</h1>", "2026-11-02T00:00:00Z"));
    }
    try (WarcArchive a = WarcArchive.open(plain, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
      assertThat(urls(a)).containsExactly("https://kabar.example/a", "https://kabar.example/b");
    }
  }

  @Test
  void chunkedAndGzippedBodiesComeDecoded() throws IOException {
    byte[] html = "<h1>Banjir rob</h1><p>Air laut naik.</p>".getBytes(StandardCharsets.UTF_8);
    var gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(html);
    }
    byte[] zipped = gz.toByteArray();
    var chunked = new java.io.ByteArrayOutputStream();
    int half = zipped.length / 2;
    for (byte[] part :
        List.of(
            java.util.Arrays.copyOfRange(zipped, 0, half),
            java.util.Arrays.copyOfRange(zipped, half, zipped.length))) {
      chunked.write(
          (Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      chunked.write(part);
      chunked.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Path coded = dir.resolve("coded.warc.gz");
    try (FileChannel out =
            FileChannel.open(coded, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP)) {
      HttpResponse http =
          new HttpResponse.Builder(200, "OK")
              .addHeader("Transfer-Encoding", "chunked")
              .addHeader("Content-Encoding", "gzip")
              .body(MediaType.parse("text/html; charset=utf-8"), chunked.toByteArray())
              .build();
      writer.write(
          new WarcResponse.Builder("https://kabar.example/rob")
              .date(Instant.parse("2026-11-01T00:00:00Z"))
              .body(http)
              .build());
    }
    try (WarcArchive a = WarcArchive.open(coded, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
      var page = a.next().orElseThrow().page();
      assertThat(page.body()).isEqualTo(html);
      assertThat(page.headers().first("content-encoding")).isEmpty();
    }
  }

  @Test
  void aCaptureWhoseBodyCannotBeDecodedIsSkippedWithAWarning() throws IOException {
    Path odd = dir.resolve("odd.warc.gz");
    try (FileChannel out =
            FileChannel.open(odd, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP)) {
      writer.write(
          response(
              "https://kabar.example/a", 200, "text/html", "<h1>A</h1>", "2026-11-01T00:00:00Z"));
      // the header says gzip, the stored body is plain text (seen in crawls that decoded it)
      HttpResponse lying =
          new HttpResponse.Builder(200, "OK")
              .addHeader("Content-Encoding", "gzip")
              .body(
                  MediaType.parse("text/html"),
                  "<h1>not gzip</h1>".getBytes(StandardCharsets.UTF_8))
              .build();
      writer.write(
          new WarcResponse.Builder("https://kabar.example/lying")
              .date(Instant.parse("2026-11-01T00:01:00Z"))
              .body(lying)
              .build());
      writer.write(
          response(
              "https://kabar.example/c", 200, "text/html", "<h1>C</h1>", "2026-11-01T00:02:00Z"));
    }
    List<String> warnings = new ArrayList<>();
    try (WarcArchive a = WarcArchive.open(odd, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
      a.onWarning(warnings::add);
      assertThat(urls(a)).containsExactly("https://kabar.example/a", "https://kabar.example/c");
      assertThat(a.records()).isEqualTo(3);
    }
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("https://kabar.example/lying")
        .contains("could not be decoded");
  }

  @Test
  void aTruncatedArchiveGivesItsGoodRecordsThenAClearError() throws IOException {
    Path cut = dir.resolve("cut.warc.gz");
    byte[] whole = Files.readAllBytes(warc);
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 40));
    List<String> read = new ArrayList<>();
    assertThatThrownBy(
            () -> {
              try (WarcArchive a =
                  WarcArchive.open(cut, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
                for (var p = a.next(); p.isPresent(); p = a.next()) {
                  read.add(p.get().page().url().toString());
                }
              }
            })
        .isInstanceOf(ArchiveFormatException.class)
        .hasMessageContaining("cut.warc.gz")
        .hasMessageContaining("damaged or cut short after record 5");
    assertThat(read).containsExactly("https://kabar.example/a", "https://www.other.example/b");

    List<String> all;
    try (WarcArchive a = WarcArchive.open(warc, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
      all = urls(a);
    }
    java.util.Set<Long> boundaries = new java.util.HashSet<>(); // a cut there loses whole records
    try (var reader = new org.netpreserve.jwarc.WarcReader(warc)) {
      for (var r = reader.next(); r.isPresent(); r = reader.next()) {
        boundaries.add(r.get().position());
      }
    }
    // cut anywhere: in headers, bodies, gzip trailers (not between records: that loses whole
    // records and is indistinguishable from a shorter file)
    for (int keep = 20; keep < whole.length; keep += 37) {
      if (boundaries.contains((long) keep)) {
        continue;
      }
      Path part = dir.resolve("part-" + keep + ".warc.gz");
      Files.write(part, java.util.Arrays.copyOf(whole, keep));
      List<String> got = new ArrayList<>();
      try (WarcArchive a =
          WarcArchive.open(part, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
        for (var p = a.next(); p.isPresent(); p = a.next()) {
          got.add(p.get().page().url().toString());
        }
        assertThat(keep).as("a cut file never ends quietly").isEqualTo(-1);
      } catch (ArchiveFormatException e) {
        assertThat(e.getMessage()).as("cut at " + keep).contains(part.getFileName().toString());
        assertThat(e.getMessage()).containsAnyOf("cut short", "not a readable WARC");
      }
      assertThat(got.size()).as("cut at " + keep).isLessThan(all.size());
      assertThat(all.subList(0, got.size())).as("cut at " + keep).isEqualTo(got);
    }
  }

  @Test
  void aFileThatIsNoWarcIsAClearError() throws IOException {
    Path text =
        Files.writeString(
            dir.resolve("notes.txt"), "these are not the records you are looking for\n");
    assertThatThrownBy(
            () -> {
              try (WarcArchive a =
                  WarcArchive.open(text, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
                a.next();
              }
            })
        .isInstanceOf(ArchiveFormatException.class)
        .hasMessageContaining("notes.txt")
        .hasMessageContaining("not a readable WARC file");
    assertThatThrownBy(
            () ->
                WarcArchive.open(
                    dir.resolve("absent.warc"), ArchiveFilter.htmlPages(), OptionalLong.empty()))
        .isInstanceOf(ArchiveFormatException.class)
        .hasMessageContaining("absent.warc");
  }
}
