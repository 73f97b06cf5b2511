package org.warta.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.Image;
import org.warta.core.Language;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.core.WireCredit;
import org.warta.search.SearchIndex;
import org.warta.store.DatabaseUrl;
import org.warta.store.Store;

/** The reader site and API over a real store and index, through real HTTP. */
class ReaderSiteTest {
  @TempDir static Path data;
  static Store store;
  static SearchIndex index;
  static WebServer server;
  static ArticleId niger;
  static ArticleId hostile;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = Store.open(DatabaseUrl.sqliteIn(data));
    index = SearchIndex.open(data.resolve("index"));
    Source source =
        store
            .sources()
            .add(
                NewSource.of(
                    "Kabar Nusa", URI.create("https://kabarnusa.example/rss"), SourceKind.FEED));
    niger =
        insert(
            Article.builder(source.id(), URI.create("https://kabarnusa.example/niger"))
                .title("Niger akhiri kerja sama militer")
                .bodyText(
                    "Pemerintah Niger mengumumkan pembatalan perjanjian militer dengan segera.")
                .bodyHtml(
                    "<p>Pemerintah Niger mengumumkan pembatalan perjanjian militer dengan"
                        + " segera.</p>")
                .language(Language.INDONESIAN)
                .editor("Sari Dewi")
                .wireCredit(Optional.of(new WireCredit("AFP", "AFP/Z-3")))
                .leadImage(
                    Optional.of(
                        new Image(
                            URI.create("https://img.kabarnusa.example/n.jpg"),
                            "Ilustrasi",
                            "AFP",
                            "")))
                .published(
                    Optional.of(OffsetDateTime.of(2026, 11, 28, 9, 0, 0, 0, ZoneOffset.ofHours(7))))
                .build());
    hostile =
        insert(
            Article.builder(source.id(), URI.create("https://kabarnusa.example/xss"))
                .title("<script>alert('t')</script>Judul")
                .bodyText("Isi berita dengan <img src=x onerror=alert(1)> di dalamnya.")
                .bodyHtml("<p>Isi<script>alert(2)</script><img src=x onerror=alert(1)></p>")
                .language(Language.INDONESIAN)
                .build());
    store.sources().setDisplay(source.id(), org.warta.core.DisplayPolicy.FULL_TEXT);
    server =
        WebServer.start(WebSettings.defaults().withHost("127.0.0.1").withPort(0), store, index);
  }

  static ArticleId insert(Article a) {
    var stored = store.articles().insert(a).article();
    index.put(stored);
    index.commit(store.articles().changeSeq());
    return stored.id();
  }

  @AfterAll
  static void stop() {
    server.close();
    index.close();
    store.close();
  }

  static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void latestListsArticlesNewestFirst() throws Exception {
    var r = get("/latest");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("Niger akhiri kerja sama militer")
        .contains("/article/" + niger.value());
  }

  @Test
  void articlePageShowsTitleBodyCreditsAndTheOriginalLink() throws Exception {
    var r = get("/article/" + niger.value());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("<h1>Niger akhiri kerja sama militer</h1>")
        .contains("pembatalan perjanjian militer")
        .contains("AFP/Z-3")
        .contains("Editor : Sari Dewi")
        .contains("href=\"https://kabarnusa.example/niger\"");
  }

  @Test
  void nothingFromAnArticleCanRunScript() throws Exception {
    var r = get("/article/" + hostile.value());
    var page = org.jsoup.Jsoup.parse(r.body());
    assertThat(page.select("script[src]"))
        .allSatisfy(s -> assertThat(s.attr("src")).isEqualTo("/static/warta.js"));
    assertThat(page.select("script:not([src])"))
        .allSatisfy(s -> assertThat(s.attr("type")).isEqualTo("application/ld+json"));
    assertThat(page.select("script[type=application/ld+json]").first().data())
        .doesNotContain("<")
        .contains("\\u003cscript\\u003e");
    assertThat(page.getAllElements())
        .allSatisfy(
            e -> assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on")));
    assertThat(page.select("h1").text()).isEqualTo("<script>alert('t')</script>Judul");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
  }

  @Test
  void searchFindsAnArticleByAWordOfItsBody() throws Exception {
    var r = get("/search?q=perjanjian");
    assertThat(r.body()).contains("Niger akhiri kerja sama militer").contains("1");
  }

  @Test
  void interfaceLanguageFollowsAcceptLanguageAndTheCookie() throws Exception {
    assertThat(get("/").statusCode()).isEqualTo(200);
    assertThat(get("/", "Accept-Language", "en-US,en;q=0.9").body())
        .contains("<html lang=\"en\"")
        .contains("Latest");
    assertThat(get("/", "Accept-Language", "id-ID").body())
        .contains("<html lang=\"id\"")
        .contains("Terkini");
    assertThat(get("/", "Accept-Language", "en", "Cookie", "lang=id").body())
        .contains("<html lang=\"id\"");
    var switched = get("/lang/en?next=/latest");
    assertThat(switched.statusCode()).isEqualTo(303);
    assertThat(switched.headers().firstValue("Location")).contains("/latest");
    assertThat(switched.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("lang=en");
  }

  @Test
  void theLanguageSwitchNeverRedirectsOffSite() throws Exception {
    for (String next : List.of("https://evil.example/", "//evil.example/", "/\\evil.example")) {
      var r =
          get(
              "/lang/en?next="
                  + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(r.headers().firstValue("Location")).contains("/");
    }
  }

  @Test
  void unknownPagesAreA404PageInTheReadersLanguage() throws Exception {
    var r = get("/article/999999", "Accept-Language", "en");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("Page not found.");
    assertThat(get("/article/abc").statusCode()).isEqualTo(404);
  }

  @Test
  void apiListsAndShowsArticlesAsJson() throws Exception {
    ObjectMapper json = new ObjectMapper();
    var list = get("/api/v1/articles?limit=1");
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode page = json.readTree(list.body());
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("next").asText()).isNotBlank();
    var next =
        json.readTree(get("/api/v1/articles?limit=1&after=" + page.get("next").asText()).body());
    assertThat(next.get("items").get(0).get("id").asLong())
        .isNotEqualTo(page.get("items").get(0).get("id").asLong());
    JsonNode one = json.readTree(get("/api/v1/articles/" + niger.value()).body());
    assertThat(one.get("wire_credit").get("printed").asText()).isEqualTo("AFP/Z-3");
    assertThat(one.get("published").asText()).isEqualTo("2026-11-28T09:00+07:00");
  }

  @Test
  void apiErrorsAreProblemJson() throws Exception {
    for (String path :
        List.of(
            "/api/v1/articles?limit=0",
            "/api/v1/articles?after=zzz",
            "/api/v1/articles/x",
            "/api/v1/search?offset=-1")) {
      var r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(new ObjectMapper().readTree(r.body()).get("status").asInt()).isEqualTo(400);
    }
    assertThat(get("/api/v1/articles/99999").statusCode()).isEqualTo(404);
  }

  @Test
  void openApiDocumentDescribesEveryApiRoute() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(get("/api/openapi.json").body());
    for (String path :
        List.of(
            "/api/v1/articles",
            "/api/v1/articles/{id}",
            "/api/v1/sources",
            "/api/v1/sources/{id}",
            "/api/v1/stories",
            "/api/v1/stories/{id}",
            "/api/v1/search")) {
      assertThat(doc.get("paths").has(path)).as(path).isTrue();
    }
  }
}
