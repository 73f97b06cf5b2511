package org.warta.pipeline.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.pipeline.fixture.FeedDocs;
import org.warta.pipeline.fixture.FeedDocs.Format;
import org.warta.pipeline.fixture.Harness;
import org.warta.pipeline.fixture.Publisher;
import org.warta.pipeline.fixture.Story;
import org.warta.pipeline.refresh.SourceRefresh;
import org.warta.store.WebSubSubscription;
import org.warta.testkit.LoopbackServer;
import org.warta.testkit.LoopbackServer.Respond;

/**
 * WebSub end to end against a hub on 127.0.0.1: polling a feed that advertises a hub subscribes
 * there (once), the hub's verification of intent is answered with its challenge, signed content is
 * ingested, unsigned or wrongly signed content is acknowledged and ignored, and polling keeps
 * working beside it.
 */
class WebSubSubscriptionsTest {
  static final URI PUBLIC = URI.create("https://warta.example/");

  @TempDir Path dir;
  Harness h;
  Publisher kabar;
  LoopbackServer hub;
  final List<Map<String, String>> hubRequests = new CopyOnWriteArrayList<>();
  HubClient client;
  WebSubSubscriptions subscriptions;
  WebSubCallback callback;
  SourceRefresh refresh;
  Source source;

  @BeforeEach
  void web() {
    h = new Harness(dir);
    kabar = new Publisher("kabar", "Kabar Nusa", Duration.ZERO);
    kabar.publish(2, "/berita");
    hub = LoopbackServer.start();
    hub.route(
        "/hub",
        exchange -> {
          String form =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          hubRequests.add(form(form));
          Respond.status(202, "accepted").handle(exchange);
        });
    FeedDocs.Extras extras =
        new FeedDocs.Extras(
            Optional.empty(),
            Optional.of(hub.url("/hub").toString()),
            Optional.of(kabar.url("/rss.xml").toString()));
    kabar.serveChanging(
        "/rss.xml",
        Format.RSS_20.contentType,
        () -> FeedDocs.feed(Format.RSS_20, kabar, kabar.stories(), extras));
    source =
        h.store.sources().add(NewSource.of("Kabar Nusa", kabar.url("/rss.xml"), SourceKind.FEED));
    client = new HubClient("Warta/test (+https://warta.example/)", List.of("127.0.0.1"));
    subscriptions =
        new WebSubSubscriptions(
            h.store,
            client,
            Optional.of(PUBLIC),
            (s, items) -> refresh.pushed(s, items),
            Runnable::run,
            h.clock);
    callback = new WebSubCallback(subscriptions);
    refresh = h.refresh(subscriptions);
  }

  @AfterEach
  void close() {
    client.close();
    hub.close();
    kabar.close();
    h.close();
  }

  static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      out.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  WebSubSubscriptions.Answer get(String query) {
    return callback.handle(
        new WebSubCallback.Request("GET", source.id().toString(), query, Map.of(), new byte[0]));
  }

  WebSubSubscriptions.Answer post(byte[] body, Optional<String> signature) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/rss+xml"));
    signature.ifPresent(s -> headers.put("X-Hub-Signature", List.of(s)));
    return callback.handle(
        new WebSubCallback.Request("POST", source.id().toString(), "", headers, body));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void pollingSubscribesVerificationActivatesAndSignedContentIsIngested() throws IOException {
    refresh.run(source);
    assertThat(h.store.articles().count()).isEqualTo(2);
    assertThat(hubRequests)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r).containsEntry("hub.mode", "subscribe");
              assertThat(r).containsEntry("hub.topic", kabar.url("/rss.xml").toString());
              assertThat(r)
                  .containsEntry("hub.callback", "https://warta.example/websub/" + source.id());
              assertThat(r.get("hub.secret")).hasSizeGreaterThanOrEqualTo(32);
            });
    String secret = hubRequests.getFirst().get("hub.secret");
    String topic = enc(kabar.url("/rss.xml").toString());

    assertThat(
            get("hub.mode=subscribe&hub.topic="
                    + enc("https://other.example/rss")
                    + "&hub.challenge=x")
                .status())
        .isEqualTo(404);
    WebSubSubscriptions.Answer verified =
        get(
            "hub.mode=subscribe&hub.topic="
                + topic
                + "&hub.challenge=tantangan-42&hub.lease_seconds=172800");
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.body()).isEqualTo("tantangan-42");
    WebSubSubscription active = h.store.webSub().find(source.id()).orElseThrow();
    assertThat(active.state()).isEqualTo(WebSubSubscription.State.ACTIVE);
    assertThat(active.leaseUntil()).contains(h.clock.instant().plus(Duration.ofDays(2)));

    h.clock.advance(Duration.ofMinutes(30));
    refresh.run(h.store.sources().find(source.id()).orElseThrow());
    assertThat(hubRequests).as("an active lease is not renewed early").hasSize(1);

    List<Story> fresh = kabar.publish(1, "/berita");
    byte[] pushed = FeedDocs.feed(Format.RSS_20, kabar, fresh).getBytes(StandardCharsets.UTF_8);
    assertThat(post(pushed, Optional.empty()).status()).isEqualTo(202);
    assertThat(post(pushed, Optional.of(Signatures.sign("sha256", "wrong", pushed))).status())
        .isEqualTo(202);
    assertThat(h.store.articles().count()).as("unsigned or wrongly signed: ignored").isEqualTo(2);
    WebSubSubscriptions.Answer accepted =
        post(pushed, Optional.of(Signatures.sign("sha256", secret, pushed)));
    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.body()).contains("1 entries");
    assertThat(h.store.articles().count()).isEqualTo(3);
    assertThat(kabar.requests(fresh.getFirst().path())).isEqualTo(1);
    assertThat(h.store.webSub().find(source.id()).orElseThrow().lastMessage())
        .contains(h.clock.instant());

    h.clock.advance(Duration.ofHours(24));
    refresh.run(h.store.sources().find(source.id()).orElseThrow());
    assertThat(hubRequests).as("renewed within a day of the lease's end").hasSize(2);
    assertThat(kabar.requests(fresh.getFirst().path()))
        .as("polling does not fetch it again")
        .isEqualTo(1);
  }

  @Test
  void denialsOversizedBodiesAndStrangersAreHandled() {
    refresh.run(source);
    String topic = enc(kabar.url("/rss.xml").toString());
    assertThat(post(new byte[10], Optional.empty()).status()).as("not verified yet").isEqualTo(410);
    assertThat(
            get("hub.mode=denied&hub.topic=" + topic + "&hub.reason=" + enc("tidak diizinkan"))
                .status())
        .isEqualTo(200);
    WebSubSubscription denied = h.store.webSub().find(source.id()).orElseThrow();
    assertThat(denied.state()).isEqualTo(WebSubSubscription.State.DENIED);
    assertThat(denied.lastError()).contains("tidak diizinkan");
    assertThat(get("hub.mode=subscribe&hub.topic=" + topic + "&hub.challenge=c").status())
        .isEqualTo(404);
    assertThat(
            callback
                .handle(new WebSubCallback.Request("GET", "abc", "", Map.of(), new byte[0]))
                .status())
        .isEqualTo(404);
    assertThat(
            callback
                .handle(new WebSubCallback.Request("DELETE", "1", "", Map.of(), new byte[0]))
                .status())
        .isEqualTo(405);
    h.clock.advance(Duration.ofHours(7));
    refresh.run(h.store.sources().find(source.id()).orElseThrow());
    assertThat(hubRequests).as("asked again 6 hours after a denial").hasSize(2);
    String secret = hubRequests.getLast().get("hub.secret");
    get("hub.mode=subscribe&hub.topic=" + topic + "&hub.challenge=c");
    byte[] big = new byte[WebSubSubscriptions.MAX_BODY_BYTES + 1];
    assertThat(post(big, Optional.of(Signatures.sign("sha256", secret, big))).status())
        .isEqualTo(413);
  }

  @Test
  void aHubOnAPrivateAddressIsRefusedUnlessAllowed() {
    try (HubClient strict = new HubClient("Warta/test (+https://warta.example/)", List.of())) {
      WebSubSubscriptions guarded =
          new WebSubSubscriptions(
              h.store, strict, Optional.of(PUBLIC), (s, i) -> {}, Runnable::run, h.clock);
      WebSubSubscription failed =
          guarded.subscribe(source.id(), hub.url("/hub"), kabar.url("/rss.xml"));
      assertThat(failed.state()).isEqualTo(WebSubSubscription.State.FAILED);
      assertThat(failed.lastError()).contains("private or local address", "WARTA_ALLOWED_HOSTS");
    }
    assertThat(hubRequests).isEmpty();
    WebSubSubscriptions off =
        new WebSubSubscriptions(
            h.store, client, Optional.empty(), (s, i) -> {}, Runnable::run, h.clock);
    h.store.webSub().delete(source.id());
    new SourceRefresh(
            h.store,
            h.fetcher,
            h.ingest,
            new org.warta.fetch.polling.PollingPolicy(
                org.warta.fetch.polling.PollingSettings.defaults(), new java.util.Random(1)),
            h.clock,
            100,
            off)
        .run(source);
    assertThat(hubRequests).as("without a public URL nothing is subscribed").isEmpty();
  }
}
