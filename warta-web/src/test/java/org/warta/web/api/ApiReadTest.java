package org.warta.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;
import org.warta.sample.key.KeyEntry;
import org.warta.store.ArticleQuery;
import org.warta.web.fixture.Http;
import org.warta.web.fixture.SampleNewsroom;
import org.warta.web.fixture.SharedSample;

/** Every read endpoint of {@code /api/v1} over the sample, including bad parameters. */
class ApiReadTest {
  static final ObjectMapper JSON = new ObjectMapper();
  final SampleNewsroom news = SharedSample.newsroom();
  final Http http = SharedSample.http();

  JsonNode ok(String path) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  JsonNode problem(String path, int status) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .as(path)
        .startsWith("application/problem+json");
    JsonNode p = JSON.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).isNotBlank();
    return p;
  }

  /** Follows {@code next} to the end; returns every item id. */
  List<Long> walk(String path) throws Exception {
    List<Long> ids = new ArrayList<>();
    String next = path;
    while (next != null) {
      JsonNode page = ok(next);
      page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
      next =
          page.get("next").isNull()
              ? null
              : path + (path.contains("?") ? "&" : "?") + "after=" + page.get("next").asText();
    }
    return ids;
  }

  @Test
  void articlesArePagedByCursorWithoutGapsOrRepeats() throws Exception {
    List<Long> ids = walk("/api/v1/articles?limit=7");
    assertThat(ids).doesNotHaveDuplicates().hasSize((int) news.store.articles().count());
  }

  @Test
  void articlesFilterBySourceStoryAndLanguage() throws Exception {
    StoredArticle a = news.store.articles().list(ArticleQuery.latest(1)).items().getFirst();
    long source = a.article().source().value();
    JsonNode bySource = ok("/api/v1/articles?limit=100&source=" + source);
    bySource.get("items").forEach(i -> assertThat(i.get("source_id").asLong()).isEqualTo(source));
    long story = a.story().orElseThrow().value();
    JsonNode byStory = ok("/api/v1/articles?limit=100&story=" + story);
    assertThat(byStory.get("items"))
        .hasSize(news.store.stories().find(new StoryId(story)).orElseThrow().articleCount());
    JsonNode en = ok("/api/v1/articles?limit=100&language=en");
    assertThat(en.get("items")).isNotEmpty();
    en.get("items").forEach(i -> assertThat(i.get("language").asText()).isEqualTo("en"));
  }

  @Test
  void anArticleCarriesItsCreditsOriginalAndCopies() throws Exception {
    KeyEntry copy = news.copies().getFirst();
    StoredArticle a = news.article(copy.url()).orElseThrow();
    StoredArticle original = news.article(copy.original()).orElseThrow();
    JsonNode j = ok("/api/v1/articles/" + a.id().value());
    assertThat(j.get("id").asLong()).isEqualTo(a.id().value());
    assertThat(j.get("title").asText()).isEqualTo(a.article().title());
    assertThat(j.get("original").get("article_id").asLong()).isEqualTo(original.id().value());
    List<Long> copies = new ArrayList<>();
    j.get("copies").forEach(c -> copies.add(c.asLong()));
    assertThat(copies).contains(original.id().value());
    assertThat(j.get("story_id").asLong()).isEqualTo(news.stories.get(copy.story()).value());
    assertThat(j.get("full_text").asBoolean()).isFalse();
    assertThat(j.get("body_html").isNull()).isTrue();
  }

  @Test
  void responsesCarryETagsAndAnswerConditionalRequestsWith304() {
    HttpResponse<String> first = http.get("/api/v1/articles?limit=3");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = http.get("/api/v1/articles?limit=3", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(http.get("/api/v1/articles?limit=4", "If-None-Match", etag).statusCode())
        .isEqualTo(200);
  }

  @Test
  void headRequestsGetTheHeadersOfTheGetAndNoBody() {
    long article =
        news.store.articles().list(ArticleQuery.latest(1)).items().getFirst().id().value();
    for (String path :
        List.of(
            "/api/v1/articles?limit=3",
            "/api/v1/articles/" + article,
            "/api/v1/stories",
            "/api/v1/sources",
            "/api/openapi.json",
            "/",
            "/article/" + article,
            "/search?q=banjir")) {
      HttpResponse<String> get = http.get(path);
      HttpResponse<String> head = http.head(path);
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode()).isEqualTo(200);
      assertThat(head.body()).as(path).isEmpty();
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      if (path.startsWith("/api/")) {
        assertThat(head.headers().firstValue("ETag"))
            .as(path)
            .isPresent()
            .isEqualTo(get.headers().firstValue("ETag"));
      }
    }
  }

  @Test
  void sourcesAreListedWithCountsAndShownWithTheirStatus() throws Exception {
    JsonNode list = ok("/api/v1/sources");
    assertThat(list.get("items")).hasSize(news.store.sources().list().size());
    assertThat(walk("/api/v1/sources?limit=3"))
        .isSorted()
        .hasSize(news.store.sources().list().size());
    long total = 0;
    for (JsonNode s : list.get("items")) {
      total += s.get("article_count").asLong();
    }
    assertThat(total).isEqualTo(news.store.articles().count());
    long id = list.get("items").get(0).get("id").asLong();
    JsonNode one = ok("/api/v1/sources/" + id);
    assertThat(one.get("name").asText()).isEqualTo(list.get("items").get(0).get("name").asText());
    assertThat(one.has("last_fetch")).isTrue();
    assertThat(one.get("display").asText()).isIn("excerpt", "full_text");
  }

  @Test
  void storiesArePagedByActivityAndTopFollowsTheHomeRanking() throws Exception {
    List<Long> ids = walk("/api/v1/stories?limit=4");
    assertThat(ids)
        .doesNotHaveDuplicates()
        .containsAll(news.stories.values().stream().map(StoryId::value).toList());
    JsonNode top = ok("/api/v1/stories/top?limit=5");
    assertThat(top.get("items")).hasSize(5);
    List<String> homeOrder =
        org.jsoup.Jsoup.parse(http.get("/").body())
            .select("a.full-coverage")
            .eachAttr("href")
            .subList(0, 5);
    List<String> apiOrder = new ArrayList<>();
    top.get("items").forEach(s -> apiOrder.add("/story/" + s.get("id").asLong()));
    assertThat(apiOrder).isEqualTo(homeOrder);
  }

  @Test
  void aStoryListsItsArticles() throws Exception {
    StoryId id = news.stories.values().iterator().next();
    JsonNode s = ok("/api/v1/stories/" + id.value());
    assertThat(s.get("articles")).hasSize(s.get("article_count").asInt());
    Set<Long> sources = new HashSet<>();
    s.get("articles").forEach(a -> sources.add(a.get("source_id").asLong()));
    assertThat(sources).hasSize(s.get("source_count").asInt());
  }

  @Test
  void searchPagesByCursorAndFilters() throws Exception {
    JsonNode first = ok("/api/v1/search?q=banjir&limit=2");
    long total = first.get("total").asLong();
    assertThat(total).isGreaterThan(2);
    List<Long> ids = walk("/api/v1/search?q=banjir&limit=2");
    assertThat(ids).doesNotHaveDuplicates().hasSize((int) total);
    JsonNode en = ok("/api/v1/search?q=flood&language=en&order=newest");
    en.get("items").forEach(i -> assertThat(i.get("language").asText()).isEqualTo("en"));
    JsonNode day = ok("/api/v1/search?from=2026-11-26&to=2026-11-26&limit=100");
    assertThat(day.get("total").asLong()).isEqualTo(day.get("items").size());
  }

  @Test
  void badParametersAreClear400Problems() throws Exception {
    String[][] cases = {
      {"/api/v1/articles?limit=0", "limit"},
      {"/api/v1/articles?limit=abc", "limit"},
      {"/api/v1/articles?limit=101", "limit"},
      {"/api/v1/articles?after=zzz", "after"},
      {"/api/v1/articles?source=-3", "source"},
      {"/api/v1/articles?story=x", "story"},
      {"/api/v1/articles?language=english", "language"},
      {"/api/v1/articles?sourc=3", "sourc"},
      {"/api/v1/articles/x", "id"},
      {"/api/v1/articles/0", "id"},
      {"/api/v1/sources?limit=0", "limit"},
      {"/api/v1/sources?after=3", "after"},
      {"/api/v1/sources?page=2", "page"},
      {"/api/v1/sources/abc", "id"},
      {"/api/v1/stories?after=1", "after"},
      {"/api/v1/stories/top?limit=51", "limit"},
      {"/api/v1/stories/-1", "id"},
      {"/api/v1/search?offset=-1", "offset"},
      {"/api/v1/search?after=o", "after"},
      {"/api/v1/search?from=2026-13-01", "from"},
      {"/api/v1/search?from=2026-11-28&to=2026-11-01", "to"},
      {"/api/v1/search?order=best", "order"},
      {"/api/v1/search?limit=1000", "limit"},
    };
    for (String[] c : cases) {
      JsonNode p = problem(c[0], 400);
      assertThat(p.get("invalid_params").get(0).get("name").asText()).as(c[0]).isEqualTo(c[1]);
      assertThat(p.get("detail").asText()).as(c[0]).contains("'" + c[1] + "'");
    }
  }

  @Test
  void unknownThingsAre404Problems() throws Exception {
    problem("/api/v1/articles/999999", 404);
    problem("/api/v1/sources/999999", 404);
    problem("/api/v1/stories/999999", 404);
    problem("/api/v1/nothing-here", 404);
  }

  @Test
  void theOpenApiDocumentDescribesEveryApiRoute() throws Exception {
    JsonNode doc = ok("/api/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
    JsonNode paths = doc.get("paths");
    String[][] routes = {
      {"/api/v1/articles", "get"},
      {"/api/v1/articles/{id}", "get"},
      {"/api/v1/sources", "get"},
      {"/api/v1/sources", "post"},
      {"/api/v1/sources/{id}", "get"},
      {"/api/v1/sources/{id}", "patch"},
      {"/api/v1/sources/{id}", "delete"},
      {"/api/v1/stories", "get"},
      {"/api/v1/stories/top", "get"},
      {"/api/v1/stories/{id}", "get"},
      {"/api/v1/search", "get"},
    };
    for (String[] r : routes) {
      assertThat(paths.path(r[0]).has(r[1])).as(r[1] + " " + r[0]).isTrue();
    }
    assertThat(doc.at("/components/securitySchemes/apiKey/scheme").asText()).isEqualTo("bearer");
    for (String param :
        List.of("q", "source", "language", "from", "to", "story", "order", "limit", "after")) {
      boolean found = false;
      for (JsonNode p : paths.get("/api/v1/search").get("get").get("parameters")) {
        found |=
            p.path("name").asText().equals(param) || p.path("$ref").asText().endsWith("/" + param);
      }
      assertThat(found).as("search parameter " + param).isTrue();
    }
  }
}
