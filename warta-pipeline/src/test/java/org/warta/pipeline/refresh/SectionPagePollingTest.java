package org.warta.pipeline.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.pipeline.fixture.Harness;
import org.warta.pipeline.fixture.Pages;
import org.warta.pipeline.fixture.Publisher;
import org.warta.pipeline.fixture.Story;
import org.warta.store.UrlPatternStat;
import org.warta.testkit.HostileRoutes;

/**
 * A site without feeds followed through its section page: the article links are found by their URL
 * shape, each page must itself look like an article, and a URL template whose pages turn out not to
 * be articles (photo galleries here) is learned and no longer fetched. robots.txt applies.
 */
class SectionPagePollingTest {
  @TempDir Path dir;
  Harness h;
  Publisher pagi;
  final List<String> photos = new ArrayList<>();

  @BeforeEach
  void web() {
    h = new Harness(dir);
    pagi = new Publisher("pagi", "Pagi Ini", Duration.ZERO);
    pagi.server.route("/robots.txt", HostileRoutes.robots("User-agent: *\nDisallow: /rahasia/\n"));
  }

  @AfterEach
  void close() {
    pagi.close();
    h.close();
  }

  /** The section page with the stories and photo galleries published so far. */
  void serveSection() {
    StringBuilder gallery = new StringBuilder("<ul class=\"galeri\">");
    for (String p : photos) {
      gallery
          .append("<li><a href=\"")
          .append(p)
          .append("\">Foto suasana pelabuhan baru di pagi hari</a></li>");
    }
    gallery.append("</ul>");
    String html =
        Pages.listing(pagi, "Ekonomi", pagi.stories(), "").replace("</main>", gallery + "</main>");
    pagi.serve("/ekonomi", "text/html", html);
  }

  void addPhotos(int n) {
    for (int i = 0; i < n; i++) {
      String path = "/foto/" + (480_100 + photos.size());
      pagi.serve(
          path,
          "text/html",
          "<html><head><title>Foto</title></head><body><img src=\"/a.jpg\"></body></html>");
      photos.add(path);
    }
  }

  @Test
  void articlesAreFoundAndTemplatesThatNeverGiveArticlesAreLearned() {
    pagi.publish(4, "/ekonomi");
    pagi.publish(1, "/rahasia");
    addPhotos(4);
    serveSection();
    Source section =
        h.store
            .sources()
            .add(NewSource.of("Pagi Ini", pagi.url("/ekonomi"), SourceKind.SECTION_PAGE));
    SourceRefresh refresh = h.refresh();

    RefreshReport first = refresh.run(section);
    assertThat(first.ok()).as(first.error()).isTrue();
    assertThat(first.created()).isEqualTo(4);
    assertThat(first.skipped())
        .as("4 galleries without text, 1 page robots.txt forbids")
        .isEqualTo(5);
    assertThat(pagi.requestedPaths()).noneMatch(p -> p.startsWith("/rahasia/"));
    photos.forEach(p -> assertThat(pagi.requests(p)).isEqualTo(1));
    List<UrlPatternStat> learned = h.store.urlPatterns().patterns(section.id());
    assertThat(learned)
        .filteredOn(s -> s.template().equals("w/N"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.articles()).isZero();
              assertThat(s.misses()).isEqualTo(4);
            });
    assertThat(learned).anySatisfy(s -> assertThat(s.articles()).isEqualTo(4));

    List<Story> fresh = pagi.publish(2, "/ekonomi");
    addPhotos(3);
    serveSection();
    h.clock.advance(Duration.ofHours(1));
    RefreshReport second = refresh.run(h.store.sources().find(section.id()).orElseThrow());
    assertThat(second.created()).isEqualTo(2);
    fresh.forEach(s -> assertThat(pagi.requests(s.path())).isEqualTo(1));
    photos.forEach(
        p ->
            assertThat(pagi.requests(p))
                .as(p + " (learned: not an article)")
                .isLessThanOrEqualTo(1));
    assertThat(photos.subList(4, 7)).allSatisfy(p -> assertThat(pagi.requests(p)).isZero());
    assertThat(h.store.articles().count()).isEqualTo(6);
  }
}
