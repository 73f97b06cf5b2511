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
