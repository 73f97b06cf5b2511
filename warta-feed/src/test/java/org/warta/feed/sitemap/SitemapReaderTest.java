package org.warta.feed.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.warta.core.FeedItem;
import org.warta.core.Language;
import org.warta.feed.DocumentKind;
import org.warta.feed.DocumentSniffer;
import org.warta.feed.FeedException;
import org.warta.feed.Fixtures;

class SitemapReaderTest {
  private static final URI KABAR = URI.create("https://kabar.example/sitemap-news.xml");

  private static Sitemap.UrlSet urlSet(String fixture, URI url, String type) {
    return (Sitemap.UrlSet) SitemapReader.read(Fixtures.bytes(fixture), url, type);
  }

  @Test
  void googleNewsSitemapGivesTitledDatedItems() {
    Sitemap.UrlSet sitemap = urlSet("sitemap/news-sitemap.xml", KABAR, "application/xml");
    assertThat(sitemap.urls()).hasSize(2);
    NewsEntry news = sitemap.urls().getFirst().news().orElseThrow();
    assertThat(news.publicationName()).isEqualTo("Kabar Nusantara");
    assertThat(news.language()).isEqualTo(Language.INDONESIAN);
    assertThat(news.keywords()).containsExactly("banjir", "rob", "pesisir");
    assertThat(sitemap.warnings()).anyMatch(w -> w.contains("without a usable <loc>"));

    FeedItem item = SitemapAdapter.toFeedItems(sitemap).getFirst();
    assertThat(item.link())
        .isEqualTo(
            URI.create("https://kabar.example/read/2026/03/02/101/banjir-rob-rendam-pesisir"));
    assertThat(item.title()).isEqualTo("Banjir Rob Rendam Pesisir Kota Pelabuhan Fiktif");
    assertThat(item.published())
        .contains(OffsetDateTime.of(2026, 3, 2, 13, 45, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(item.updated())
        .contains(OffsetDateTime.of(2026, 3, 2, 14, 10, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(item.image().orElseThrow().url())
        .isEqualTo(URI.create("https://img.kabar.example/2026/03/banjir-large.jpg"));
    assertThat(item.language()).isEqualTo(Language.INDONESIAN);
    assertThat(SitemapAdapter.toFeedItems(sitemap).get(1).title())
        .isEqualTo("Harga Cabai & Bawang Turun");
    // a date without zone in an Indonesian news entry is Western Indonesian Time
    assertThat(SitemapAdapter.toFeedItems(sitemap).get(1).published())
        .contains(OffsetDateTime.of(2026, 3, 2, 0, 0, 0, 0, ZoneOffset.ofHours(7)));
  }

  @Test
  void plainUrlsetWithLastmodPriorityAndRelativeLoc() {
    Sitemap.UrlSet sitemap =
        urlSet("sitemap/urlset.xml", URI.create("https://lontar.example/sitemap.xml"), "text/xml");
    assertThat(sitemap.urls())
        .extracting(SitemapUrl::loc)
        .containsExactly(
            URI.create("https://lontar.example/"),
            URI.create("https://lontar.example/2026/03/02/ferry-schedule"),
            URI.create("https://lontar.example/2026/03/01/library-hours"));
    assertThat(sitemap.urls().getFirst().changeFrequency()).isEqualTo("hourly");
    assertThat(sitemap.urls().get(1).priority()).contains(0.6);
    assertThat(sitemap.urls().get(2).priority()).isEmpty();
    assertThat(sitemap.urls().get(2).lastModified())
        .contains(OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC));
    FeedItem item = SitemapAdapter.toFeedItem(sitemap.urls().get(1));
    assertThat(item.title()).isEmpty();
    assertThat(item.published()).isEmpty();
  }

  @Test
  void sitemapIndexListsChildSitemapsWithHttpLocsOnly() {
    Sitemap sitemap =
        SitemapReader.read(
            Fixtures.bytes("sitemap/sitemap-index.xml"),
            URI.create("https://kabar.example/sitemap.xml"),
            "application/xml");
    assertThat(sitemap).isInstanceOf(Sitemap.Index.class);
    assertThat(((Sitemap.Index) sitemap).sitemaps())
        .extracting(SitemapRef::loc)
        .containsExactly(
            URI.create("https://kabar.example/sitemap-news.xml"),
            URI.create("https://kabar.example/sitemap-2026-03.xml.gz"));
  }

  @Test
  void gzippedSitemapIsInflated() throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
      gzip.write(Fixtures.bytes("sitemap/news-sitemap.xml"));
    }
    assertThat(DocumentSniffer.sniff(packed.toByteArray(), "application/x-gzip"))
        .isEqualTo(DocumentKind.SITEMAP_URLSET);
    Sitemap sitemap =
        SitemapReader.read(
            packed.toByteArray(),
            URI.create("https://kabar.example/sitemap.xml.gz"),
            "application/x-gzip");
    assertThat(((Sitemap.UrlSet) sitemap).urls()).hasSize(2);
  }

  @Test
  void textSitemapAndOldGoogleNamespace() {
    Sitemap.UrlSet text =
        urlSet("sitemap/urls.txt", URI.create("https://desa.example/sitemap.txt"), "text/plain");
    assertThat(text.urls()).hasSize(2);
    assertThat(text.warnings()).anyMatch(w -> w.contains("not a url at all"));
    assertThat(
            urlSet("sitemap/google-084.xml", URI.create("http://lama.example/sitemap.xml"), "")
                .urls())
        .hasSize(1);
  }

  @Test
  void hostileAndWrongDocumentsAreTypedErrors() {
    byte[] xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><urlset><url><loc>&x;</loc></url></urlset>"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SitemapReader.read(xxe, KABAR, "application/xml"))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> assertThat(e.problem()).isEqualTo(FeedException.Problem.DTD_REFUSED));
    assertThatThrownBy(
            () ->
                SitemapReader.read(Fixtures.bytes("rss/rss20-kabar.xml"), KABAR, "application/xml"))
        .isInstanceOfSatisfying(
            FeedException.class,
            e -> assertThat(e.problem()).isEqualTo(FeedException.Problem.NOT_A_FEED))
        .hasMessageContaining("not a sitemap");
  }
}
