package org.warta.pipeline.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.pipeline.fixture.FeedDocs;
import org.warta.pipeline.fixture.FeedDocs.Format;
import org.warta.pipeline.fixture.Harness;
import org.warta.pipeline.fixture.Pages;
import org.warta.pipeline.fixture.Publisher;
import org.warta.pipeline.fixture.Story;
import org.warta.testkit.HostileRoutes;
import org.warta.testkit.LoopbackServer.Respond;

/**
 * {@code sources add} and {@code discover} against live publishers on 127.0.0.1: every kind of URL
 * is recognised, a home page leads to the feeds and sitemaps it declares or robots.txt names, and
 * the page itself is followed as a section page only when there is none.
 */
class SourceSetupTest {
  @TempDir Path dir;
  Harness h;
  Publisher kabar;
  SourceSetup setup;

  @BeforeEach
  void web() {
    h = new Harness(dir);
    kabar = new Publisher("kabar", "Kabar Nusa", Duration.ZERO);
    kabar.publish(5, "/berita");
    setup = new SourceSetup(h.store, h.fetcher);
  }

  @AfterEach
  void close() {
    kabar.close();
    h.close();
  }

  List<Story> stories() {
    return kabar.stories();
  }

  @Test
  void aFeedOfEveryFormatIsAddedAsAFeedNamedAfterItsTitle() {
    for (Format f : Format.values()) {
      kabar.serve("/feed-" + f, f.contentType, FeedDocs.feed(f, kabar, stories()));
      SourceSetup.Added added = setup.add(kabar.url("/feed-" + f));
      assertThat(added.sources())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.kind()).isEqualTo(SourceKind.FEED);
                assertThat(s.name()).isEqualTo("Kabar Nusa");
                assertThat(s.url()).isEqualTo(kabar.url("/feed-" + f));
              });
      assertThat(added.explanation()).contains("feed 'Kabar Nusa' (5 entries now)");
    }
    assertThat(h.store.sources().list()).hasSize(Format.values().length);
  }

  @Test
  void sitemapsNewsSitemapsAndIndexesAreAddedWithTheirKind() throws Exception {
    kabar.serve("/sitemap.xml", "application/xml", FeedDocs.sitemap(kabar, stories(), false));
    kabar.serve("/news.xml", "application/xml", FeedDocs.sitemap(kabar, stories(), true));
    kabar.serve(
        "/index.xml",
        "application/xml",
        FeedDocs.sitemapIndex(kabar, List.of("/sitemap.xml", "/news.xml"), Publisher.FIRST));
    kabar.server.route(
        "/old.xml.gz",
        Respond.ok("application/gzip", gzip(FeedDocs.sitemap(kabar, stories(), false))));
    assertThat(kindOf("/sitemap.xml")).isEqualTo(SourceKind.SITEMAP);
    assertThat(kindOf("/news.xml")).isEqualTo(SourceKind.NEWS_SITEMAP);
    assertThat(kindOf("/index.xml")).isEqualTo(SourceKind.SITEMAP);
    assertThat(kindOf("/old.xml.gz")).isEqualTo(SourceKind.SITEMAP);
    assertThat(setup.add(kabar.url("/news.xml")).explanation())
        .contains("already followed: the Google News sitemap with 5 URLs");
  }

  SourceKind kindOf(String path) {
    return setup.add(kabar.url(path)).sources().getFirst().kind();
  }

  @Test
  void aHomePageLeadsToTheFeedsItDeclaresAndTheSitemapsOfRobotsTxt() {
    kabar.serve(
        "/rss.xml", Format.RSS_20.contentType, FeedDocs.feed(Format.RSS_20, kabar, stories()));
    kabar.serve(
        "/atom.xml", Format.ATOM_10.contentType, FeedDocs.feed(Format.ATOM_10, kabar, stories()));
    kabar.serve("/comments.xml", Format.RSS_20.contentType, "<rss version=\"2.0\"></rss>");
    kabar.serve("/news.xml", "application/xml", FeedDocs.sitemap(kabar, stories(), true));
    kabar.server.route(
        "/robots.txt", HostileRoutes.robots("User-agent: *\nAllow: /\nSitemap: /news.xml\n"));
    String head =
        "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Kabar Nusa\""
            + " href=\"/rss.xml\">\n<link rel=\"alternate\" type=\"application/atom+xml\""
            + " title=\"Kabar Nusa (Atom)\" href=\"/atom.xml\">\n<link rel=\"alternate\""
            + " type=\"application/rss+xml\" title=\"Komentar\" href=\"/comments.xml\">";
    kabar.serve("/", "text/html", Pages.listing(kabar, "Beranda", stories(), head));

    SetupPlan plan = setup.plan(kabar.url("/"));
    assertThat(h.store.sources().list()).as("discover adds nothing").isEmpty();
    assertThat(plan.finding()).isEqualTo("a home page; it leads to 1 feed and 1 sitemap");
    assertThat(plan.candidates())
        .extracting(c -> c.source().kind(), c -> c.source().url())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SourceKind.FEED, kabar.url("/rss.xml")),
            org.assertj.core.groups.Tuple.tuple(SourceKind.NEWS_SITEMAP, kabar.url("/news.xml")));
    assertThat(plan.notes()).anyMatch(n -> n.contains("atom.xml") && n.contains("same entries"));
    assertThat(kabar.requests("/comments.xml")).as("comment feeds are not even probed").isZero();

    SourceSetup.Added added = setup.add(kabar.url("/"));
    assertThat(added.sources())
        .extracting(Source::kind)
        .containsExactly(SourceKind.FEED, SourceKind.NEWS_SITEMAP);
    assertThat(added.explanation())
        .startsWith(kabar.url("/") + " is a home page; it leads to 1 feed and 1 sitemap:")
        .contains("added the RSS 2.0 feed 'Kabar Nusa'", "declared by the page (rel=alternate)")
        .contains("named in robots.txt");
  }

  @Test
  void aHomePageWithoutFeedsIsFollowedAsASectionPage() {
    kabar.serve("/", "text/html", Pages.listing(kabar, "Beranda", stories(), ""));
    SourceSetup.Added added = setup.add(kabar.url("/"));
    assertThat(added.sources())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(SourceKind.SECTION_PAGE);
              assertThat(s.url()).isEqualTo(kabar.url("/"));
            });
    assertThat(added.explanation())
        .contains("a home page without feeds or sitemaps")
        .contains("5 article links now");
    assertThat(kabar.requestedPaths()).contains("/feed", "/rss.xml", "/sitemap.xml");
  }

  @Test
  void aSectionPageIsFollowedAsSuchAndNamesTheFeedItDeclares() {
    kabar.serve(
        "/rss.xml", Format.RSS_20.contentType, FeedDocs.feed(Format.RSS_20, kabar, stories()));
    String head = "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">";
    kabar.serve("/ekonomi", "text/html", Pages.listing(kabar, "Ekonomi", stories(), head));
    SourceSetup.Added added = setup.add(kabar.url("/ekonomi"));
    assertThat(added.sources()).extracting(Source::kind).containsExactly(SourceKind.SECTION_PAGE);
    assertThat(added.explanation())
        .contains("is a section page")
        .contains("note: the page declares the feed " + kabar.url("/rss.xml"));
  }

  @Test
  void anArticleOrSomethingUnreadableIsAClearError() {
    Story story = stories().getFirst();
    assertThatThrownBy(() -> setup.add(kabar.url(story.path())))
        .isInstanceOf(SourceSetup.SetupException.class)
        .hasMessageContaining("looks like a single article")
        .hasMessageContaining("warta add-article");
    kabar.serve("/broken.xml", "application/rss+xml", "<rss><channel><title>Patah</channel>");
    assertThatThrownBy(() -> setup.add(kabar.url("/broken.xml")))
        .hasMessageContaining(kabar.url("/broken.xml").toString())
        .hasMessageContaining("not well-formed");
    assertThatThrownBy(() -> setup.add(kabar.url("/nowhere.xml"))).hasMessageContaining("404");
    kabar.serve("/empty", "text/html", "<html><body><p>Sedang perbaikan</p></body></html>");
    assertThatThrownBy(() -> setup.add(kabar.url("/empty")))
        .hasMessageContaining("without article links");
    assertThat(h.store.sources().list()).isEmpty();
  }

  static byte[] gzip(String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
