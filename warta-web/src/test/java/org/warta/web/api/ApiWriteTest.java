package org.warta.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.DisplayPolicy;
import org.warta.core.SourceId;
import org.warta.web.fixture.WritableSite;
import org.warta.web.security.ApiKeys;

/**
 * The write operations of {@code /api/v1/sources}: API keys, adding through the pipeline, changes.
 */
class ApiWriteTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  WritableSite site;
  String key;

  @BeforeEach
  void start() {
    site = new WritableSite(dir);
    key = new ApiKeys(site.store).create("test client");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  String bearer() {
    return "Bearer " + key;
  }

  @Test
  void addingASourceNeedsAValidKey() throws Exception {
    String body = "{\"url\": \"" + site.feedUrl() + "\"}";
    for (String[] headers :
        new String[][] {
          {}, {"Authorization", "Bearer wk_not-a-key"}, {"Authorization", "Basic " + key}
        }) {
      HttpResponse<String> r = site.http.json("POST", "/api/v1/sources", body, headers);
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
      assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("API key");
    }
    assertThat(site.store.sources().list()).isEmpty();
  }

  @Test
  void aKeyAddsAFeedThroughThePipelinesDetection() throws Exception {
    HttpResponse<String> r =
        site.http.json(
            "POST",
            "/api/v1/sources",
            "{\"url\": \"" + site.feedUrl() + "\"}",
            "Authorization",
            bearer());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode j = JSON.readTree(r.body());
    assertThat(j.get("items").get(0).get("name").asText()).isEqualTo("Warta Uji Loopback");
    assertThat(j.get("items").get(0).get("kind").asText()).isEqualTo("feed");
    assertThat(j.get("explanation").asText()).contains("feed");
    long id = j.get("items").get(0).get("id").asLong();
    assertThat(r.headers().firstValue("Location")).contains("/api/v1/sources/" + id);
    assertThat(site.http.get("/api/v1/sources/" + id).statusCode()).isEqualTo(200);
    assertThat(site.publisher.count("/rss.xml")).isEqualTo(1);
    assertThat(site.store.accounts().apiKeys().getFirst().lastUsed()).isPresent();
  }

  @Test
  void xApiKeyWorksToo() {
    HttpResponse<String> r =
        site.http.json(
            "POST", "/api/v1/sources", "{\"url\": \"" + site.feedUrl() + "\"}", "X-Api-Key", key);
    assertThat(r.statusCode()).isEqualTo(201);
  }

  @Test
  void whatCannotBeAddedIsAClearProblem() throws Exception {
    String[][] cases = {
      {"{\"url\": \"ftp://example.com/feed\"}", "400"},
      {"{\"url\": \"\"}", "400"},
      {"not json", "400"},
      {"[1, 2]", "400"},
      {"{\"url\": \"" + site.publisher.url("/missing.xml") + "\"}", "422"},
    };
    for (String[] c : cases) {
      HttpResponse<String> r =
          site.http.json("POST", "/api/v1/sources", c[0], "Authorization", bearer());
      assertThat(r.statusCode()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
      assertThat(r.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(JSON.readTree(r.body()).get("detail").asText()).as(c[0]).isNotBlank();
    }
  }

  @Test
  void aKeyPausesChangesTheDisplayPolicyAndRemovesASource() throws Exception {
    site.http.json(
        "POST",
        "/api/v1/sources",
        "{\"url\": \"" + site.feedUrl() + "\"}",
        "Authorization",
        bearer());
    SourceId id = site.store.sources().list().getFirst().id();
    String path = "/api/v1/sources/" + id.value();
    assertThat(site.http.json("PATCH", path, "{\"paused\": true}").statusCode()).isEqualTo(401);
    HttpResponse<String> changed =
        site.http.json(
            "PATCH",
            path,
            "{\"paused\": true, \"display\": \"full_text\"}",
            "Authorization",
            bearer());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(site.store.sources().find(id).orElseThrow().paused()).isTrue();
    assertThat(site.store.sources().find(id).orElseThrow().display())
        .isEqualTo(DisplayPolicy.FULL_TEXT);
    assertThat(
            site.http
                .json("PATCH", path, "{\"name\": \"x\"}", "Authorization", bearer())
                .statusCode())
        .isEqualTo(400);
    assertThat(
            site.http
                .json("PATCH", path, "{\"display\": \"all\"}", "Authorization", bearer())
                .statusCode())
        .isEqualTo(400);
    assertThat(
            site.http
                .json("PATCH", path, "{\"paused\": \"yes\"}", "Authorization", bearer())
                .statusCode())
        .isEqualTo(400);
    assertThat(site.http.json("DELETE", path, "", "Authorization", bearer()).statusCode())
        .isEqualTo(204);
    assertThat(site.store.sources().find(id)).isEmpty();
    assertThat(site.http.json("DELETE", path, "", "Authorization", bearer()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aRevokedKeyNoLongerWorks() {
    long id = site.store.accounts().apiKeys().getFirst().id();
    site.store.accounts().revokeApiKey(id);
    HttpResponse<String> r =
        site.http.json(
            "POST",
            "/api/v1/sources",
            "{\"url\": \"" + site.feedUrl() + "\"}",
            "Authorization",
            bearer());
    assertThat(r.statusCode()).isEqualTo(401);
  }
}
