package org.warta.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.DisplayPolicy;
import org.warta.core.Source;
import org.warta.web.fixture.Http;
import org.warta.web.fixture.WritableSite;

/** The admin over HTTP: login, sessions, CSRF, sources, API keys, dashboard. */
class AdminTest {
  static final String PASSWORD = "kata-sandi-yang-panjang";
  @TempDir Path dir;
  WritableSite site;
  Http browser;

  @BeforeEach
  void start() {
    site = new WritableSite(dir);
    Accounts.addAdmin(site.store, "redaksi", PASSWORD.toCharArray());
    browser = new Http(site.server.port(), true);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  /** The hidden CSRF token of the page's first form. */
  static String csrf(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
  }

  HttpResponse<String> signIn(String password) {
    HttpResponse<String> form = browser.get("/admin/login");
    return browser.postForm(
        "/admin/login",
        Map.of("_csrf", csrf(form), "name", "redaksi", "password", password, "next", "/admin"));
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> f = new HashMap<>(form);
    f.put("_csrf", csrf(browser.get("/admin/sources")));
    return browser.postForm(path, f);
  }

  @Test
  void adminPagesNeedASignedInAdmin() {
    for (String path : List.of("/admin", "/admin/sources", "/admin/keys")) {
      HttpResponse<String> r = browser.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(303);
      assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/admin/login?next=");
    }
    assertThat(browser.postForm("/admin/sources", Map.of("url", site.feedUrl())).statusCode())
        .isEqualTo(403);
    assertThat(site.store.sources().list()).isEmpty();
  }

  @Test
  void signingInSetsAStrictHttpOnlySessionCookie() {
    HttpResponse<String> r = signIn(PASSWORD);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).contains("/admin");
    String cookie =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("warta_admin="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie)
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict")
        .contains("Path=/");
    Document dashboard = Jsoup.parse(browser.get("/admin").body());
    assertThat(dashboard.select("h1").text()).isEqualTo("Dasbor");
    assertThat(dashboard.select("svg.chart")).hasSize(1);
    assertThat(browser.get("/admin").headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void wrongPasswordsAndForgedLoginsAreRefused() {
    assertThat(signIn("salah-sama-sekali").statusCode()).isEqualTo(401);
    HttpResponse<String> forged =
        browser.postForm(
            "/admin/login", Map.of("_csrf", "made-up", "name", "redaksi", "password", PASSWORD));
    assertThat(forged.statusCode()).isEqualTo(403);
    Http stranger = new Http(site.server.port(), false);
    HttpResponse<String> noCookie =
        stranger.postForm(
            "/admin/login", Map.of("_csrf", "x", "name", "redaksi", "password", PASSWORD));
    assertThat(noCookie.statusCode()).isEqualTo(403);
    assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
  }

  @Test
  void repeatedFailuresAreThrottled() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(signIn("falsch-" + i).statusCode()).isEqualTo(401);
    }
    assertThat(signIn(PASSWORD).statusCode()).isEqualTo(429);
  }

  @Test
  void theLoginNeverRedirectsOffSite() {
    HttpResponse<String> form = browser.get("/admin/login?next=//evil.example/");
    assertThat(Jsoup.parse(form.body()).selectFirst("input[name=next]").attr("value"))
        .isEqualTo("/admin");
    HttpResponse<String> r =
        browser.postForm(
            "/admin/login",
            Map.of(
                "_csrf",
                csrf(form),
                "name",
                "redaksi",
                "password",
                PASSWORD,
                "next",
                "https://evil.example/"));
    assertThat(r.headers().firstValue("Location")).contains("/admin");
  }

  @Test
  void formsWithoutTheSessionsTokenOrFromAnotherOriginAreRefused() {
    signIn(PASSWORD);
    assertThat(browser.postForm("/admin/sources", Map.of("url", site.feedUrl())).statusCode())
        .isEqualTo(403);
    assertThat(
            browser
                .postForm("/admin/sources", Map.of("url", site.feedUrl(), "_csrf", "guess"))
                .statusCode())
        .isEqualTo(403);
    String token = csrf(browser.get("/admin/sources"));
    assertThat(
            browser
                .postForm(
                    "/admin/sources",
                    Map.of("url", site.feedUrl(), "_csrf", token),
                    "Origin",
                    "https://evil.example")
                .statusCode())
        .isEqualTo(403);
    assertThat(site.store.sources().list()).isEmpty();
  }

  @Test
  void anAdminAddsPausesChangesAndRemovesASource() {
    signIn(PASSWORD);
    HttpResponse<String> added = post("/admin/sources", Map.of("url", site.feedUrl()));
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(added.body()).select("p.message").text()).contains("feed");
    Source s = site.store.sources().list().getFirst();
    assertThat(s.name()).isEqualTo("Warta Uji Loopback");
    String path = "/admin/sources/" + s.id().value();
    post(path, Map.of("action", "pause"));
    assertThat(site.store.sources().find(s.id()).orElseThrow().paused()).isTrue();
    post(path, Map.of("action", "resume"));
    assertThat(site.store.sources().find(s.id()).orElseThrow().paused()).isFalse();
    post(path, Map.of("action", "full_text"));
    assertThat(site.store.sources().find(s.id()).orElseThrow().display())
        .isEqualTo(DisplayPolicy.FULL_TEXT);
    assertThat(post(path, Map.of("action", "explode")).statusCode()).isEqualTo(400);
    HttpResponse<String> ask = post(path, Map.of("action", "remove"));
    assertThat(Jsoup.parse(ask.body()).select("button[value=remove_confirmed]")).hasSize(1);
    assertThat(site.store.sources().list()).hasSize(1);
    post(path, Map.of("action", "remove_confirmed"));
    assertThat(site.store.sources().list()).isEmpty();
  }

  @Test
  void aBadAddressIsExplainedOnThePage() {
    signIn(PASSWORD);
    HttpResponse<String> r = post("/admin/sources", Map.of("url", "javascript:alert(1)"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(r.body()).select("p.error").text()).contains("javascript:alert(1)");
    HttpResponse<String> missing =
        post("/admin/sources", Map.of("url", site.publisher.url("/none.xml").toString()));
    assertThat(missing.statusCode()).isEqualTo(422);
  }

  @Test
  void anAdminMakesAnApiKeyThatWorksUntilRevoked() {
    signIn(PASSWORD);
    HttpResponse<String> made = post("/admin/keys", Map.of("name", "importir"));
    String key = Jsoup.parse(made.body()).selectFirst("code.key").text();
    assertThat(key).startsWith("wk_");
    assertThat(Jsoup.parse(browser.get("/admin/keys").body()).select("code.key")).isEmpty();
    HttpResponse<String> api =
        site.http.json(
            "POST",
            "/api/v1/sources",
            "{\"url\": \"" + site.feedUrl() + "\"}",
            "Authorization",
            "Bearer " + key);
    assertThat(api.statusCode()).isEqualTo(201);
    long id = site.store.accounts().apiKeys().getFirst().id();
    post("/admin/keys/" + id + "/revoke", Map.of());
    assertThat(
            site.http
                .json("DELETE", "/api/v1/sources/1", "", "Authorization", "Bearer " + key)
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void signingOutEndsTheSession() {
    signIn(PASSWORD);
    HttpResponse<String> out = post("/admin/logout", Map.of());
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
  }

  @Test
  void thereIsNoDefaultAccount() {
    try (var empty = new WritableSite(dir.resolve("empty"))) {
      Http b = new Http(empty.server.port(), true);
      for (String[] cred :
          new String[][] {{"admin", "admin"}, {"admin", "password"}, {"root", ""}}) {
        HttpResponse<String> form = b.get("/admin/login");
        HttpResponse<String> r =
            b.postForm(
                "/admin/login", Map.of("_csrf", csrf(form), "name", cred[0], "password", cred[1]));
        assertThat(r.statusCode()).isEqualTo(401);
      }
    }
  }
}
