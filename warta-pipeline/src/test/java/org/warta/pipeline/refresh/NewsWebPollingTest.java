package org.warta.pipeline.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.fetch.polling.PollingSettings;
import org.warta.pipeline.fixture.FeedDocs;
import org.warta.pipeline.fixture.FeedDocs.Format;
import org.warta.pipeline.fixture.Harness;
import org.warta.pipeline.fixture.Pages;
import org.warta.pipeline.fixture.Publisher;
import org.warta.pipeline.fixture.Story;
import org.warta.testkit.HostileRoutes;
import org.warta.testkit.LoopbackServer;
import org.warta.testkit.LoopbackServer.Respond;

/**
 * The fixture news web polled by the real pipeline (fetcher, feed readers, extractor, SQLite store,
 * search index): publishers on their own origins with feeds in every format, news sitemaps, a
 * sitemap index with a gzip child, a section page, robots.txt rules, 304s and a feed that changes
 * between polls, next to hostile sources (slow drip, endless body, redirect loop, gzip bomb,
 * malformed XML, XXE, billion laughs, 429 with Retry-After, 500). Every new article is ingested
 * exactly once, robots.txt-disallowed pages are never requested, no origin sees more than two
 * requests at once, hostile sources end with a clear error in bounded memory, and healthy sources
 * keep being updated while the faulty ones back off.
 */
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class NewsWebPollingTest {
  static final long BOMB_BYTES = 1536L << 20; // 1.5 GiB decompressed: more than the test heap

  @TempDir Path dir;
  Harness h;
  final List<Publisher> publishers = new ArrayList<>();
  Publisher kabar, formats, warta, peta, pagi;
  LoopbackServer hostileA, hostileB;
  final Map<String, Source> hostile = new LinkedHashMap<>();

  /** Healthy sources poll every 1..10 min; a failure waits 15..30 min, then 30..60 min. */
  static PollingSettings polling() {
    return new PollingSettings(
        Duration.ofMinutes(1),
        Duration.ofMinutes(10),
        Duration.ofMinutes(5),
        Duration.ofMinutes(30),
        Duration.ofHours(12),
        10,
        20);
  }

  @BeforeEach
  void web() {
    h = new Harness(dir, Harness.fetcherSettings(), polling());
    kabar = publisher("kabar", "Kabar Nusa");
    kabar.publish(4, "/berita");
    kabar.publish(2, "/private");
    kabar.server.route("/robots.txt", HostileRoutes.robots("User-agent: *\nDisallow: /private/\n"));
    kabar.serveChanging(
        "/rss.xml",
        Format.RSS_20.contentType,
        () -> FeedDocs.feed(Format.RSS_20, kabar, kabar.stories()));
    add("Kabar Nusa", kabar.url("/rss.xml"), SourceKind.FEED);

    formats = publisher("ragam", "Ragam Format");
    for (Format f : Format.values()) {
      List<Story> two = formats.publish(2, "/berita");
      formats.serve("/feeds/" + f, f.contentType, FeedDocs.feed(f, formats, two));
      add("Ragam " + f, formats.url("/feeds/" + f), SourceKind.FEED);
    }

    warta = publisher("warta", "Warta Timur");
    List<Story> wartaStories = warta.publish(4, "/berita");
    warta.serveChanging(
        "/atom.xml",
        Format.ATOM_10.contentType,
        () -> FeedDocs.feed(Format.ATOM_10, warta, wartaStories.subList(0, 3)));
    warta.serve("/news.xml", "application/xml", FeedDocs.sitemap(warta, wartaStories, true));
    add("Warta Timur", warta.url("/atom.xml"), SourceKind.FEED);
    add("Warta Timur news", warta.url("/news.xml"), SourceKind.NEWS_SITEMAP);

    peta = publisher("peta", "Peta Daerah");
    List<Story> news = peta.publish(2, "/berita");
    List<Story> pages = peta.publish(2, "/berita");
    List<Story> old = peta.publish(2, "/arsip");
    peta.serve("/sitemap-news.xml", "application/xml", FeedDocs.sitemap(peta, news, true));
    peta.serve("/sitemap-pages.xml", "application/xml", FeedDocs.sitemap(peta, pages, false));
    peta.server.route(
        "/sitemap-old.xml.gz",
        Respond.ok("application/gzip", gzip(FeedDocs.sitemap(peta, old, false))));
    peta.serve(
        "/sitemap.xml",
        "application/xml",
        FeedDocs.sitemapIndex(
            peta,
            List.of("/sitemap-old.xml.gz", "/sitemap-pages.xml", "/sitemap-news.xml"),
            Publisher.FIRST));
    add("Peta Daerah", peta.url("/sitemap.xml"), SourceKind.SITEMAP);

    pagi = publisher("pagi", "Pagi Ini");
    List<Story> pagiStories = pagi.publish(5, "/ekonomi");
    pagi.serve("/ekonomi", "text/html", Pages.listing(pagi, "Ekonomi", pagiStories, ""));
    add("Pagi Ini ekonomi", pagi.url("/ekonomi"), SourceKind.SECTION_PAGE);

    installHostile();
  }

  private void installHostile() {
    hostileA = LoopbackServer.start();
    hostileB = LoopbackServer.start();
    hostileA.route(
        "/slow.xml",
        HostileRoutes.slowDrip(
            "application/rss+xml", "<rss>" + "x".repeat(400), Duration.ofMillis(100)));
    hostileA.route("/endless.xml", HostileRoutes.endless("application/rss+xml"));
    HostileRoutes.redirectLoop(hostileA, "/loop-a.xml", "/loop-b.xml");
    hostileA.route("/bomb.xml", HostileRoutes.gzipBomb("application/rss+xml", BOMB_BYTES));
    hostileB.route("/broken.xml", Respond.ok("application/rss+xml", resource("malformed.xml")));
    hostileB.route("/xxe.xml", Respond.ok("application/rss+xml", resource("xxe.xml")));
    hostileB.route(
        "/laughs.xml", Respond.ok("application/rss+xml", resource("billion-laughs.xml")));
    hostileB.route("/busy.xml", HostileRoutes.retryAfter(429, "3600"));
    hostileB.route("/down.xml", Respond.status(500, "database offline"));
    for (String path : List.of("/slow.xml", "/endless.xml", "/loop-a.xml", "/bomb.xml")) {
      hostile.put(path, add("hostile " + path, hostileA.url(path), SourceKind.FEED));
    }
    for (String path :
        List.of("/broken.xml", "/xxe.xml", "/laughs.xml", "/busy.xml", "/down.xml")) {
      hostile.put(path, add("hostile " + path, hostileB.url(path), SourceKind.FEED));
    }
  }

  @AfterEach
  void close() {
    publishers.forEach(Publisher::close);
    hostileA.close();
    hostileB.close();
    h.close();
  }

  @Test
  void everyArticleOnceRobotsObeyedPolitePerOriginAndFaultySourcesBackOff() throws Exception {
    PollingRound round = h.round();

    PollingRound.Summary first = round.run(false);
    List<Story> expected = healthyStories();
    assertThat(first.reports()).hasSize(h.store.sources().list().size());
    assertThat(first.failedSources())
        .as(
            "failed: "
                + first.reports().stream()
                    .filter(r -> !r.ok())
                    .map(r -> r.sourceName() + ": " + r.error())
                    .toList())
        .isEqualTo(hostile.size());
    assertThat(h.store.articles().count()).isEqualTo(expected.size()).isEqualTo(35);
    assertThat(h.index.count()).isEqualTo(35);
    for (Story s : expected) {
      assertThat(h.store.articles().knows(owner(s).url(s.path()))).as(s.path()).isTrue();
    }
    assertEveryArticlePageRequestedOnce();
    assertThat(kabar.requestedPaths())
        .as("robots.txt disallows /private/")
        .noneMatch(p -> p.startsWith("/private/"));
    for (Publisher p : publishers) {
      assertThat(p.articleProbe.peak()).as("requests in flight on " + p.name).isBetween(0, 2);
    }
    assertThat(formats.articleProbe.peak()).as("16 pages of 8 feeds on one origin").isEqualTo(2);
    assertHostileErrors();

    // 11 minutes later: every healthy source is due again, the faulty ones are not
    Map<String, Long> faultyRequests = hostileRequests();
    List<Story> fresh = kabar.publish(2, "/berita");
    Instant second = h.clock.advance(Duration.ofMinutes(11));
    PollingRound.Summary again = round.run(false);
    assertThat(again.reports()).hasSize(h.store.sources().list().size() - hostile.size());
    assertThat(again.created()).isEqualTo(2);
    assertThat(h.store.articles().count()).isEqualTo(37);
    for (Story s : fresh) {
      assertThat(kabar.requests(s.path())).isEqualTo(1);
    }
    assertEveryArticlePageRequestedOnce();
    assertThat(warta.server.requests().stream().filter(r -> r.path().equals("/atom.xml")).toList())
        .as("the unchanged Atom feed is asked with its ETag")
        .hasSize(2)
        .last()
        .satisfies(r -> assertThat(r.header("If-None-Match")).isNotEmpty());
    for (Source s : h.store.sources().list()) {
      var status = h.store.sources().status(s.id());
      if (hostile.containsValue(s)) {
        assertThat(status.lastFetch()).as(s.name()).contains(Harness.START);
      } else {
        assertThat(status.lastFetch()).as(s.name() + " kept being updated").contains(second);
        assertThat(status.lastError()).isEmpty();
      }
    }
    assertThat(hostileRequests())
        .as("no request to a faulty source inside its backoff")
        .isEqualTo(faultyRequests);

    // 40 minutes later the faulty sources are tried again (the 429 one still waits) and back off
    // longer
    Instant third = h.clock.advance(Duration.ofMinutes(40));
    round.run(false);
    Map<String, Long> now = hostileRequests();
    assertThat(now.get("/busy.xml")).as("Retry-After: 3600 still holds").isEqualTo(1);
    assertThat(now.get("/down.xml")).isEqualTo(2);
    hostile.forEach(
        (path, s) -> {
          var status = h.store.sources().status(s.id());
          if (path.equals("/busy.xml")) {
            assertThat(status.consecutiveFailures()).isEqualTo(1);
            assertThat(status.nextFetch()).contains(Harness.START.plusSeconds(3600));
          } else {
            assertThat(status.consecutiveFailures()).as(s.name()).isEqualTo(2);
            assertThat(status.nextFetch().orElseThrow())
                .as(s.name() + " waits at least 30 min after the second failure")
                .isAfterOrEqualTo(third.plus(Duration.ofMinutes(30)));
          }
        });
    assertEveryArticlePageRequestedOnce();
  }

  private void assertHostileErrors() {
    Map<String, String> errors = new LinkedHashMap<>();
    hostile.forEach((path, s) -> errors.put(path, h.store.sources().status(s.id()).lastError()));
    assertThat(errors.get("/slow.xml")).contains("did not answer within");
    assertThat(errors.get("/endless.xml")).contains("larger than the limit");
    assertThat(errors.get("/loop-a.xml")).contains("redirects in a loop");
    assertThat(errors.get("/bomb.xml")).contains("compression bomb");
    assertThat(BOMB_BYTES)
        .as("the bomb would not fit in this heap")
        .isGreaterThan(Runtime.getRuntime().maxMemory());
    assertThat(errors.get("/broken.xml")).contains("not well-formed");
    assertThat(errors.get("/xxe.xml")).contains("refuses to expand");
    assertThat(errors.get("/laughs.xml")).contains("refuses to expand");
    assertThat(errors.get("/busy.xml")).contains("429");
    assertThat(errors.get("/down.xml")).contains("server error (500)");
    errors.forEach(
        (path, error) -> assertThat(error).as(path + " names its URL").contains(path.substring(1)));
  }

  private void assertEveryArticlePageRequestedOnce() {
    for (Publisher p : publishers) {
      for (Story s : p.stories()) {
        long expected = s.path().startsWith("/private/") ? 0 : 1;
        assertThat(p.requests(s.path())).as(p.name + " " + s.path()).isEqualTo(expected);
      }
    }
  }

  private Map<String, Long> hostileRequests() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String path : hostile.keySet()) {
      counts.put(path, hostileA.count(path) + hostileB.count(path));
    }
    return counts;
  }

  private List<Story> healthyStories() {
    return publishers.stream()
        .flatMap(p -> p.stories().stream())
        .filter(s -> !s.path().startsWith("/private/"))
        .toList();
  }

  private Publisher owner(Story s) {
    return publishers.stream().filter(p -> p.stories().contains(s)).findFirst().orElseThrow();
  }

  private Publisher publisher(String key, String name) {
    Publisher p = new Publisher(key, name, Duration.ofMillis(40));
    publishers.add(p);
    return p;
  }

  private Source add(String name, URI url, SourceKind kind) {
    return h.store.sources().add(NewSource.of(name, url, kind));
  }

  static String resource(String name) {
    try (InputStream in =
        NewsWebPollingTest.class.getResourceAsStream("/newsweb/hostile/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("fixture newsweb/hostile/" + name + " is missing", e);
    }
  }

  static byte[] gzip(String text) {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
