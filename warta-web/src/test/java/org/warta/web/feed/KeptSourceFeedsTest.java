package org.warta.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Article;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.search.SearchIndex;
import org.warta.store.DatabaseUrl;
import org.warta.store.KeptFeed;
import org.warta.store.KeptFeedRepository;
import org.warta.store.Store;
import org.warta.web.WebServer;
import org.warta.web.WebSettings;
import org.warta.web.fixture.Http;
import org.warta.web.fixture.SharedSample;

/**
 * Source feeds are kept in the store once built: a restart or a reader asking for a feed nobody
 * asked for lately gets the kept document, as long as it was built from what the source holds now;
 * with the site's address configured, every source's RSS feed is built ahead of any request.
 */
class KeptSourceFeedsTest {
  static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;
  Store store;
  SearchIndex index;
  WebServer server;
  Http http;
  Source pesisir;
  Source gunung;

  @BeforeEach
  void open() {
    store = Store.open(DatabaseUrl.sqliteIn(dir));
    index = SearchIndex.open(dir.resolve("index"));
    pesisir = source("Kabar Pesisir", "https://kabarpesisir.example/rss");
    gunung = source("Kabar Gunung", "https://kabargunung.example/rss");
    publish(pesisir, "badai", 9);
    publish(gunung, "longsor", 10);
  }

  @AfterEach
  void close() {
    if (server != null) {
      server.close();
    }
    index.close();
    store.close();
  }

  Source source(String name, String url) {
    return store.sources().add(NewSource.of(name, URI.create(url), SourceKind.FEED));
  }

  void publish(Source source, String slug, int hour) {
    String host = source.url().getHost();
    store
        .articles()
        .insert(
            Article.builder(source.id(), URI.create("https://" + host + "/berita/" + slug))
                .title("Warga " + slug)
                .bodyText("Warga siaga menghadapi " + slug + ".")
                .bodyHtml("<p>Warga siaga menghadapi " + slug + ".</p>")
                .published(
                    java.util.Optional.of(
                        OffsetDateTime.of(2026, 11, 28, hour, 0, 0, 0, ZoneOffset.ofHours(7))))
                .build());
  }

  void serve(WebSettings settings) {
    if (server != null) {
      server.close();
    }
    server = WebServer.start(settings, store, index);
    http = new Http(server.port());
  }

  /** Settings of a server on a free port whose public address is configured as that port's. */
  static WebSettings configured() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    return SharedSample.settings()
        .withPort(port)
        .withPublicUrl(URI.create("http://127.0.0.1:" + port + "/"));
  }

  /** A GET naming {@code host} in its Host header (which Java's HTTP client will not send). */
  String getWithHost(String path, String host) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout((int) PATIENCE.toMillis());
      socket
          .getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String path(Source source, String extension) {
    return "/feeds/source/" + source.id().value() + "." + extension;
  }

  String address(Source source, String extension) {
    return http.base() + path(source, extension);
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within " + PATIENCE + ": " + what);
      }
      Thread.sleep(20);
    }
  }

  /** The tag a response's ETag header carries, without quotes and encoding suffix. */
  static String tagOf(HttpResponse<?> response) {
    String etag = response.headers().firstValue("ETag").orElseThrow();
    return etag.replace("\"", "").replace("-gzip", "");
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void aBuiltFeedIsKeptInTheStoreAndServedFromThereAfterARestart() throws Exception {
    WebSettings settings = configured();
    serve(settings);
    HttpResponse<String> first = http.get(path(pesisir, "atom"));
    assertThat(first.body()).contains("Warga badai");
    String tag = tagOf(first);
    String address = address(pesisir, "atom");
    await("the build kept", () -> tag.equals(store.keptFeeds().tags().get(address)));

    // what the store keeps under the current tag is what is served: replace it to tell it apart
    String kept = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>kept</title></feed>";
    store
        .keptFeeds()
        .keep(
            List.of(
                new KeptFeedRepository.Entry(
                    pesisir.id(), address, new KeptFeed(tag, gzip(kept), kept.length()))));
    serve(settings);
    for (String encoding : new String[] {"gzip", "identity"}) {
      HttpResponse<String> again = http.get(path(pesisir, "atom"), "Accept-Encoding", encoding);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(tagOf(again)).isEqualTo(tag);
      if (encoding.equals("identity")) {
        assertThat(again.body()).isEqualTo(kept);
      }
    }
  }

  @Test
  void aKeptFeedBuiltBeforeTheSourceChangedIsNotServed() throws Exception {
    WebSettings settings = configured();
    serve(settings);
    String tag = tagOf(http.get(path(pesisir, "rss")));
    String address = address(pesisir, "rss");
    await("the build kept", () -> tag.equals(store.keptFeeds().tags().get(address)));

    publish(pesisir, "pasang", 11);
    serve(settings);
    HttpResponse<String> after = http.get(path(pesisir, "rss"));
    assertThat(after.body()).contains("Warga pasang", "Warga badai");
    assertThat(tagOf(after)).isNotEqualTo(tag);
    await(
        "the new build kept in place of the old",
        () -> tagOf(after).equals(store.keptFeeds().tags().get(address)));
  }

  @Test
  void withTheSitesAddressConfiguredEverySourcesRssFeedIsBuiltAhead() throws Exception {
    WebSettings settings = configured();
    serve(settings);
    String pesisirRss = address(pesisir, "rss");
    String gunungRss = address(gunung, "rss");
    await(
        "both sources' RSS feeds built without a request",
        () -> store.keptFeeds().tags().keySet().containsAll(List.of(pesisirRss, gunungRss)));
    Map<String, String> kept = store.keptFeeds().tags();
    assertThat(kept).as("only RSS is built ahead").hasSize(2);
    HttpResponse<String> served = http.get(path(gunung, "rss"));
    assertThat(tagOf(served)).isEqualTo(kept.get(gunungRss));
    assertThat(served.body())
        .contains("Warga longsor", "<link>" + settings.publicUrl().get() + "article/");
  }

  @Test
  void sourcesWhoseArticlesChangeAreBuiltAgainOnTheNextPass() throws Exception {
    WebSettings settings = configured();
    String base = "http://127.0.0.1:" + settings.port();
    FeedPages pages =
        new FeedPages(
            store,
            new org.warta.web.view.Catalog(store),
            new org.warta.web.search.SearchReads(
                store, index, new org.warta.web.view.Cards(new org.warta.web.view.Catalog(store))),
            new org.warta.web.page.Views("id", java.time.ZoneId.of("Asia/Jakarta")),
            new org.warta.web.seo.SiteUrls(settings.publicUrl()));
    try {
      pages.startBuildingAhead(Duration.ofMillis(50));
      String pesisirRss = base + path(pesisir, "rss");
      String gunungRss = base + path(gunung, "rss");
      await(
          "the first pass",
          () -> store.keptFeeds().tags().keySet().containsAll(List.of(pesisirRss, gunungRss)));
      String gunungTag = store.keptFeeds().tags().get(gunungRss);
      String pesisirTag = store.keptFeeds().tags().get(pesisirRss);

      publish(pesisir, "pasang", 11);
      await(
          "the changed source built again",
          () -> !pesisirTag.equals(store.keptFeeds().tags().get(pesisirRss)));
      assertThat(store.keptFeeds().tags().get(gunungRss)).isEqualTo(gunungTag);
      assertThat(store.keptFeeds().find(pesisir.id(), pesisirRss).orElseThrow().plainLength())
          .isPositive();
    } finally {
      pages.close();
    }
  }

  @Test
  void feedsAtAnAddressTakenFromTheRequestAreNotKept() throws Exception {
    serve(SharedSample.settings());
    for (String host : new String[] {"127.0.0.1", "kabar.example", "lain.example"}) {
      assertThat(getWithHost(path(pesisir, "rss"), host))
          .startsWith("HTTP/1.1 200")
          .contains("Warga badai", "<link>http://" + host + "/");
    }
    server.close(); // writes whatever waits to be kept
    server = null;
    assertThat(store.keptFeeds().tags())
        .as("a client naming host after host must not fill the database")
        .isEmpty();
  }

  @Test
  void feedsKeptForAnotherSiteAddressAreDroppedWhenBuildingAheadStarts() throws Exception {
    String old = "https://lama.example/feeds/source/" + pesisir.id().value() + ".rss";
    store
        .keptFeeds()
        .keep(
            List.of(
                new KeptFeedRepository.Entry(
                    pesisir.id(), old, new KeptFeed("s1-1-a", gzip("<rss/>"), 6))));
    serve(configured());
    await("the old address's feed dropped", () -> !store.keptFeeds().tags().containsKey(old));
  }
}
