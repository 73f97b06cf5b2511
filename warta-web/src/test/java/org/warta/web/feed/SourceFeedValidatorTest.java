package org.warta.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.web.fixture.WritableSite;

/**
 * A source's feed is tagged by what it is built from (the source's articles and settings), so a
 * reader polling an unchanged source gets 304 without a build, and a new article shows at once.
 */
class SourceFeedValidatorTest {
  @TempDir Path dir;
  WritableSite site;
  Source source;

  @BeforeEach
  void start() {
    site = new WritableSite(dir);
    source =
        site.store
            .sources()
            .add(
                NewSource.of(
                    "Kabar Pesisir",
                    URI.create("https://kabarpesisir.example/rss"),
                    SourceKind.FEED));
  }

  @AfterEach
  void stop() {
    site.close();
  }

  ArticleId publish(String slug, int hour) {
    Article a =
        Article.builder(source.id(), URI.create("https://kabarpesisir.example/berita/" + slug))
            .title("Nelayan " + slug)
            .bodyText("Nelayan kembali melaut setelah " + slug + ".")
            .bodyHtml("<p>Nelayan kembali melaut setelah " + slug + ".</p>")
            .published(
                java.util.Optional.of(
                    OffsetDateTime.of(2026, 11, 28, hour, 0, 0, 0, ZoneOffset.ofHours(7))))
            .build();
    return site.store.articles().insert(a).article().id();
  }

  String path() {
    return "/feeds/source/" + source.id().value() + ".rss";
  }

  @Test
  void anUnchangedSourceAnswersAConditionalPollWith304InEitherEncoding() {
    publish("badai", 9);
    for (String encoding : new String[] {"identity", "gzip"}) {
      HttpResponse<byte[]> first = site.http.bytes(path(), "Accept-Encoding", encoding);
      assertThat(first.statusCode()).isEqualTo(200);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      HttpResponse<byte[]> again =
          site.http.bytes(path(), "Accept-Encoding", encoding, "If-None-Match", etag);
      assertThat(again.statusCode()).as(encoding).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(again.headers().firstValue("ETag")).contains(etag);
      assertThat(
              site.http
                  .bytes(path(), "Accept-Encoding", encoding, "If-None-Match", "W/" + etag)
                  .statusCode())
          .as("a weak comparison matches too")
          .isEqualTo(304);
    }
    String plainTag =
        site.http.bytes(path(), "Accept-Encoding", "identity").headers().firstValue("ETag").get();
    assertThat(
            site.http
                .bytes(path(), "Accept-Encoding", "gzip", "If-None-Match", plainTag)
                .statusCode())
        .as("the tag of the other encoding is another representation")
        .isEqualTo(200);
  }

  @Test
  void aNewArticleChangesTheTagAndIsInTheFeedAtOnce() {
    publish("badai", 9);
    HttpResponse<String> first = site.http.get(path());
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.body()).contains("Nelayan badai").doesNotContain("Nelayan pasang");

    publish("pasang", 10);
    HttpResponse<String> after = site.http.get(path(), "If-None-Match", etag);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body())
        .as("not the build kept from a minute ago")
        .contains("Nelayan pasang", "Nelayan badai");
    assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
  }

  @Test
  void anEditedArticleChangesTheTag() {
    ArticleId id = publish("badai", 9);
    String etag = site.http.get(path()).headers().firstValue("ETag").orElseThrow();
    site.store.articles().setDuplicateGroup(id, 5);
    assertThat(site.http.get(path(), "If-None-Match", etag).statusCode()).isEqualTo(200);
  }

  @Test
  void eachFormatHasItsOwnTag() {
    publish("badai", 9);
    String rss = site.http.get(path()).headers().firstValue("ETag").orElseThrow();
    String atomPath = "/feeds/source/" + source.id().value() + ".atom";
    assertThat(site.http.get(atomPath, "If-None-Match", rss).statusCode()).isEqualTo(200);
  }
}
