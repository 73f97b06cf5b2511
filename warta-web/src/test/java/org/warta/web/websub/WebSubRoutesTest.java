package org.warta.web.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.FeedItem;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.fetch.Fetcher;
import org.warta.fetch.FetcherSettings;
import org.warta.pipeline.setup.SourceSetup;
import org.warta.pipeline.websub.HubClient;
import org.warta.pipeline.websub.Signatures;
import org.warta.pipeline.websub.WebSubCallback;
import org.warta.pipeline.websub.WebSubSubscriptions;
import org.warta.search.SearchIndex;
import org.warta.store.DatabaseUrl;
import org.warta.store.Store;
import org.warta.store.WebSubSubscription;
import org.warta.web.WebServer;
import org.warta.web.fixture.SharedSample;

/** The web server answers WebSub hubs at {@code /websub/{id}} through the pipeline's callback. */
class WebSubRoutesTest {
  static final String TOPIC = "https://kabarnusa.example/rss.xml";
  static final String SECRET = "rahasia-yang-cukup-panjang-untuk-hmac-0123456789";
  static final String FEED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Kabar Nusa</title><link>https://kabarnusa.example/</link>
        <item><title>Banjir surut di Bandung</title>
          <link>https://kabarnusa.example/berita/banjir-surut</link></item>
      </channel></rss>
      """;

  @TempDir Path dir;
  Store store;
  SearchIndex index;
  Fetcher fetcher;
  HubClient hubs;
  WebServer server;
  Source source;
  final List<FeedItem> pushed = new CopyOnWriteArrayList<>();
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    store = Store.open(DatabaseUrl.sqliteIn(dir));
    index = SearchIndex.open(dir.resolve("index"));
    fetcher = Fetcher.builder(FetcherSettings.defaults()).environment(Map.of()).build();
    hubs = new HubClient("Warta/test (+https://warta.example/)", List.of());
    source = store.sources().add(NewSource.of("Kabar Nusa", URI.create(TOPIC), SourceKind.FEED));
    store
        .webSub()
        .save(
            new WebSubSubscription(
                source.id(),
                URI.create("https://hub.example/"),
                URI.create(TOPIC),
                SECRET,
                WebSubSubscription.State.REQUESTED,
                Instant.parse("2026-11-29T00:00:00Z"),
                Optional.empty(),
                Optional.empty(),
                ""));
    WebSubSubscriptions subscriptions =
        new WebSubSubscriptions(
            store,
            hubs,
            Optional.of(URI.create("https://warta.example/")),
            (s, items) -> pushed.addAll(items),
            Runnable::run,
            InstantSource.system());
    server =
        WebServer.start(
            SharedSample.settings(),
            store,
            index,
            new SourceSetup(store, fetcher),
            Optional.of(new WebSubCallback(subscriptions)));
  }

  @AfterEach
  void stop() {
    server.close();
    hubs.close();
    fetcher.close();
    index.close();
    store.close();
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  URI callback(String rest) {
    return URI.create("http://127.0.0.1:" + server.port() + "/websub/" + rest);
  }

  @Test
  void aHubVerifiesIntentThenItsSignedContentIsHandedToThePipeline() throws Exception {
    String topic = URLEncoder.encode(TOPIC, StandardCharsets.UTF_8);
    HttpResponse<String> verified =
        send(
            HttpRequest.newBuilder(
                callback(
                    source.id()
                        + "?hub.mode=subscribe&hub.topic="
                        + topic
                        + "&hub.challenge=tantangan-7&hub.lease_seconds=86400")));
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(verified.body()).isEqualTo("tantangan-7");
    assertThat(store.webSub().find(source.id()).orElseThrow().state())
        .isEqualTo(WebSubSubscription.State.ACTIVE);

    byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> unsigned =
        send(
            HttpRequest.newBuilder(callback(source.id().toString()))
                .header("Content-Type", "application/rss+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertThat(unsigned.statusCode()).isEqualTo(202);
    assertThat(unsigned.body()).contains("ignored");
    assertThat(pushed).isEmpty();

    HttpResponse<String> signed =
        send(
            HttpRequest.newBuilder(callback(source.id().toString()))
                .header("Content-Type", "application/rss+xml")
                .header("X-Hub-Signature", Signatures.sign("sha256", SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertThat(signed.statusCode()).isEqualTo(202);
    assertThat(signed.body()).isEqualTo("accepted 1 entries");
    assertThat(pushed).singleElement().satisfies(i -> assertThat(i.title()).contains("Banjir"));
  }

  @Test
  void unknownSubscriptionsAndOversizedPushesAreRefused() throws Exception {
    assertThat(send(HttpRequest.newBuilder(callback("kabar?hub.mode=subscribe"))).statusCode())
        .isEqualTo(404);
    assertThat(
            send(HttpRequest.newBuilder(
                    callback(
                        source.id()
                            + "?hub.mode=subscribe&hub.topic=https%3A%2F%2Flain.example%2F"
                            + "&hub.challenge=x")))
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> huge =
        send(
            // expect 100-continue: the refusal comes before the body is sent, so the client does
            // not lose the answer to a connection closed while it is still writing 5 MB
            HttpRequest.newBuilder(callback(source.id().toString()))
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5 * 1024 * 1024])));
    assertThat(huge.statusCode()).isEqualTo(413);
  }
}
