package org.warta.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.warta.testkit.HostileRoutes;
import org.warta.testkit.LoopbackServer;
import org.warta.testkit.LoopbackServer.Respond;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FetcherTest {
  private static final String RSS =
      "<rss version=\"2.0\"><channel><title>Kabar Contoh</title></channel></rss>";

  @Test
  void fetchesAFeedWithAnIdentifiableUserAgentAndAcceptHeaders() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/rss", Respond.ok("application/rss+xml", RSS));

      var result = fetcher.fetch(FetchRequest.feed(server.url("/rss")));

      assertThat(result).isInstanceOf(FetchResult.Fetched.class);
      var page = ((FetchResult.Fetched) result).page();
      assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.contentType()).contains("application/rss+xml");
      var request = server.requests().getFirst();
      assertThat(request.header("User-Agent")).matches("Warta/\\S+ \\(\\+https?://.+\\)");
      assertThat(request.header("Accept")).startsWith("application/rss+xml");
      assertThat(request.header("Accept-Encoding")).isEqualTo("gzip, deflate");
    }
  }

  @Test
  void decodesGzipItselfAndDropsTheEncodingHeaders() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/rss.gz", HostileRoutes.gzipped("application/rss+xml", RSS));

      var result = (FetchResult.Fetched) fetcher.fetch(FetchRequest.feed(server.url("/rss.gz")));

      assertThat(new String(result.page().body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
      assertThat(result.page().headers().first("content-encoding")).isEmpty();
    }
  }

  @Test
  void followsRedirectsAndReportsTheFinalUrl() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/old", Respond.redirect(301, "/middle"));
      server.route("/middle", Respond.redirect(302, server.url("/new").toString()));
      server.route("/new", Respond.ok("application/rss+xml", RSS));

      var result = (FetchResult.Fetched) fetcher.fetch(FetchRequest.feed(server.url("/old")));

      assertThat(result.url()).isEqualTo(server.url("/old"));
      assertThat(result.page().url()).isEqualTo(server.url("/new"));
      assertThat(result.redirects()).containsExactly(server.url("/middle"), server.url("/new"));
    }
  }

  @Test
  void aWebPageWhereAFeedWasExpectedIsAContentTypeProblem() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/feed", Respond.ok("text/html; charset=utf-8", "<html>not a feed</html>"));

      var result = fetcher.fetch(FetchRequest.feed(server.url("/feed")));

      assertThat(result).isInstanceOf(FetchResult.Failed.class);
      Problem problem = result.failure().orElseThrow();
      assertThat(problem.code()).isEqualTo("fetch.content-type");
      assertThat(problem.message()).contains("text/html").contains("not a feed");
    }
  }

  @Test
  void aPageFetchAcceptsHtml() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/robots.txt", HostileRoutes.robots("User-agent: *\nAllow: /\n"));
      server.route("/a", Respond.ok("text/html; charset=utf-8", "<html>berita</html>"));

      var result = fetcher.fetch(FetchRequest.page(server.url("/a")));

      assertThat(result).isInstanceOf(FetchResult.Fetched.class);
    }
  }

  @Test
  void httpErrorsAreClassifiedWithAdvice() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/gone", Respond.status(410, "gone"));
      server.route("/forbidden", Respond.status(403, "no"));
      server.route("/broken", Respond.status(500, "oops"));

      assertThat(codeOf(fetcher, server, "/gone")).isEqualTo("fetch.http-410");
      assertThat(codeOf(fetcher, server, "/forbidden")).isEqualTo("fetch.http-403");
      assertThat(codeOf(fetcher, server, "/broken")).isEqualTo("fetch.http-5xx");
      assertThat(codeOf(fetcher, server, "/missing")).isEqualTo("fetch.http-404");
      var forbidden =
          fetcher.fetch(FetchRequest.feed(java.net.URI.create(server.url("/forbidden") + "?x=1")));
      assertThat(forbidden.failure().orElseThrow().message()).contains("User-Agent 'Warta/");
    }
  }

  @Test
  void aClosedPortIsAConnectionRefused() throws Exception {
    int port;
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    try (var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      var url = java.net.URI.create("http://127.0.0.1:" + port + "/feed");

      var result = fetcher.fetch(FetchRequest.feed(url));

      assertThat(result.failure().orElseThrow().code()).isEqualTo("fetch.connect-refused");
    }
  }

  @Test
  void everyProblemCodeHasAMessage() {
    assertThat(Problem.codes()).contains("fetch.timeout", "fetch.bomb", "fetch.ssrf-refused");
    for (String code : Problem.codes()) {
      assertThat(Problem.of(code, "https://kabar.example/rss", "x", "y").message())
          .as(code)
          .doesNotContain("{0}")
          .isNotBlank();
    }
  }

  private static String codeOf(Fetcher fetcher, LoopbackServer server, String path) {
    return fetcher.fetch(FetchRequest.feed(server.url(path))).failure().orElseThrow().code();
  }
}
