package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.cli.settings.Settings;
import org.warta.cli.settings.SettingsLoader;
import org.warta.core.StoredArticle;
import org.warta.pipeline.Progress;
import org.warta.pipeline.archive.ImportSummary;
import org.warta.store.ArticleQuery;
import org.warta.web.WebServer;
import org.warta.web.WebSettings;

/**
 * The whole product on the bundled sample: import it as {@code warta demo} does, serve it on a free
 * port, and read it over HTTP as a reader would.
 */
class EndToEndTest {
  @TempDir Path data;
  final HttpClient http = HttpClient.newHttpClient();

  Settings settings() {
    return SettingsLoader.load(data, Optional.of(data), Optional.empty(), Map.of());
  }

  String get(WebServer server, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  @Test
  void theDemoServesTheSampleNews() throws Exception {
    try (App app = new App(settings())) {
      ImportSummary summary = DemoCorpus.importInto(app, Progress.NONE);
      assertThat(summary.failed()).isZero();
      assertThat(summary.created()).isGreaterThanOrEqualTo(80);
      WebSettings web = new WebSettings("127.0.0.1", 0, "id", java.time.ZoneId.of("Asia/Jakarta"));
      try (WebServer server = WebServer.start(web, app.store(), app.index())) {
        List<StoredArticle> newest = app.store().articles().list(ArticleQuery.latest(5)).items();
        String latest = get(server, "/latest");
        for (StoredArticle a : newest) {
          assertThat(latest).contains("/article/" + a.id());
        }

        StoredArticle article = newest.getFirst();
        String page = get(server, "/article/" + article.id());
        assertThat(org.jsoup.Jsoup.parse(page).select("h1").text())
            .isEqualTo(article.article().title());

        String word = distinctiveWord(article.article().bodyText());
        String hits = get(server, "/search?q=" + word);
        assertThat(hits).as("search for '%s'", word).contains("/article/" + article.id());
      }
    }
  }

  @Test
  void importingTheSampleTwiceStoresNothingTwice() throws Exception {
    try (App app = new App(settings())) {
      DemoCorpus.importInto(app, Progress.NONE);
      long count = app.store().articles().count();
      ImportSummary again = DemoCorpus.importInto(app, Progress.NONE);
      assertThat(again.created()).isZero();
      assertThat(app.store().articles().count()).isEqualTo(count);
      assertThat(app.index().count()).isEqualTo(count);
    }
  }

  /** The longest word of the body: rare enough to find this article among the sample's. */
  static String distinctiveWord(String text) {
    return Arrays.stream(text.split("[^\\p{L}]+"))
        .filter(w -> w.length() >= 6)
        .max(Comparator.comparingInt(String::length))
        .orElseThrow();
  }
}
