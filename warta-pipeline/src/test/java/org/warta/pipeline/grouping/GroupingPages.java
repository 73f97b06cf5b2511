package org.warta.pipeline.grouping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.warta.core.RawPage;
import org.warta.core.ResponseHeaders;

/**
 * Dated article pages for the grouping tests, in the shapes Indonesian portals use: the publisher's
 * own page (byline, JSON-LD NewsArticle with publisher and date, closing wire credit) and an
 * aggregator's re-post of it (site chrome, the title twice, a photo caption with its credit, "Baca
 * juga" inserts, a promo line, an editor line, link boxes), the chain the seed page shows. The
 * promo line is the aggregator's own, or — as on the seed page — Harian Mentari's, carried along.
 */
final class GroupingPages {
  static final String TITLE = "Banjir Bandang Terjang Lembah Ostra, 14 Orang Tewas";
  static final String PUBLISHER_URL =
      "https://www.harianmentari.example/internasional/2026/05/11/banjir-bandang-lembah-ostra";
  static final String AGGREGATOR_URL =
      "https://kabarkilat.example/read/2026/05/11/88213/banjir-bandang-terjang-lembah-ostra";

  /** The publisher's body text: AFP's report as Harian Mentari re-wrote it. */
  static final List<String> PARAGRAPHS = paragraphs("grouping/banjir-lorandia-id.txt");

  private GroupingPages() {}

  /** What an aggregator page says about the page it re-posts (or nothing). */
  enum Signal {
    NONE,
    CROSS_DOMAIN_CANONICAL,
    ORIGINAL_SOURCE_META,
    SYNDICATION_SOURCE_LINK,
    JSON_LD_IS_BASED_ON,
    REPUBLICATION_NOTICE,
    /** No link at all: only Harian Mentari's own promo line, carried along into the re-post. */
    CARRIED_PUBLISHER_LINE;
  }

  /** Harian Mentari's own article page, published at {@code published} (ISO with offset). */
  static String publisherPage(String published, List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<p>").append(p).append("</p>\n");
    }
    return """
    <!doctype html>
    <html lang="id"><head><meta charset="utf-8">
    <title>%1$s - Harian Mentari</title>
    <link rel="canonical" href="%2$s">
    <meta property="og:site_name" content="Harian Mentari">
    <meta property="og:title" content="%1$s">
    <meta property="article:published_time" content="%3$s">
    <script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle","headline":"%1$s",
     "datePublished":"%3$s","mainEntityOfPage":"%2$s",
     "author":{"@type":"Person","name":"Rina Kartika"},
     "publisher":{"@type":"Organization","name":"Harian Mentari"}}
    </script></head>
    <body><header><a href="/">Harian Mentari</a><nav><a href="/nasional">Nasional</a>
    <a href="/internasional">Internasional</a><a href="/ekonomi">Ekonomi</a></nav></header>
    <main><article><h1>%1$s</h1>
    <div class="byline">Penulis: Rina Kartika</div><time datetime="%3$s">11/05/2026</time>
    <div class="article-body">
    %4$s</div></article></main>
    <footer>&copy; 2026 Harian Mentari. Hak cipta dilindungi.</footer></body></html>
    """
        .formatted(TITLE, PUBLISHER_URL, published, body);
  }

  /** The aggregator's re-post, published at {@code published}, naming its source by {@code s}. */
  static String aggregatorPage(String published, List<String> paragraphs, Signal s) {
    String head =
        switch (s) {
          case NONE -> "";
          case CROSS_DOMAIN_CANONICAL ->
              "<link rel=\"canonical\" href=\""
                  + PUBLISHER_URL.replace("https://www.", "http://")
                  + "?utm_source=kabarkilat\">";
          case ORIGINAL_SOURCE_META ->
              "<meta name=\"original-source\" content=\"" + PUBLISHER_URL + "\">";
          case SYNDICATION_SOURCE_LINK ->
              "<link rel=\"syndication-source\" href=\"" + PUBLISHER_URL + "\">";
          case JSON_LD_IS_BASED_ON, REPUBLICATION_NOTICE, CARRIED_PUBLISHER_LINE -> "";
        };
    String basedOn =
        s == Signal.JSON_LD_IS_BASED_ON ? ",\"isBasedOn\":\"" + PUBLISHER_URL + "\"" : "";
    String canonical =
        s == Signal.CROSS_DOMAIN_CANONICAL
            ? ""
            : "<link rel=\"canonical\" href=\"" + AGGREGATOR_URL + "\">";
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      blocks.add("<p>" + paragraphs.get(i) + "</p>");
      if (i == 1) {
        blocks.add(
            "<p><strong>Baca juga : <a href=\"/read/2026/05/10/88101/harga-gabah-naik\">Harga"
                + " Gabah di Tingkat Petani Naik Tiga Persen Sepekan Terakhir</a></strong></p>");
      }
      if (i == 3) {
        blocks.add(
            "<p><strong>Baca juga : <a href=\"/read/2026/05/11/88170/gempa-selat\">Gempa Magnitudo"
                + " 5,2 Guncang Selat Pelaran, Tidak Berpotensi Tsunami</a></strong></p>");
      }
    }
    if (s == Signal.REPUBLICATION_NOTICE) {
      blocks.add(
          "<p>Artikel ini telah tayang di Harian Mentari dengan judul \""
              + TITLE
              + "\". Klik untuk baca: "
              + PUBLISHER_URL
              + "</p>");
    }
    return """
    <!doctype html>
    <html lang="id"><head><meta charset="utf-8">
    <title>%1$s</title>
    %2$s
    %3$s
    <meta property="og:site_name" content="KabarKilat">
    <meta property="article:published_time" content="%4$s">
    <script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle","headline":"%1$s",
     "datePublished":"%4$s","publisher":{"@type":"Organization","name":"KabarKilat"}%5$s}
    </script></head>
    <body><div class="topbar"><a href="/">KabarKilat</a> | Berita Terkini Hari Ini</div>
    <h2 class="page-title">%1$s</h2>
    <div class="content"><article><h1>%1$s</h1>
    <figure><img src="/img/88213.jpg" alt=""><figcaption>Warga mengungsi dengan perahu karet
    di lembah Sungai Ostra.%7$s</figcaption></figure>
    <div class="detail">
    %6$s
    <p>Cek berita dan artikel yg lain di Google News dan ikuti WhatsApp channel
    %8$s</p>
    <p>Editor : Bagus Pranata</p></div></article>
    <section><h3>Terkini Lainnya</h3><ul>
    <li><a href="/read/2026/05/11/88214/tol-ditutup">Ruas Tol Selatan Ditutup Sementara karena
    Longsor</a></li><li><a href="/read/2026/05/11/88215/timnas">Timnas U-20 Tiba di Doha untuk
    Pemusatan Latihan</a></li></ul></section>
    <section><h3>Tautan Sahabat</h3><ul><li><a href="https://sahabat.example/">Sahabat
    Berita</a></li></ul></section></div>
    <footer>KabarKilat &copy; 2026</footer></body></html>
    """
        .formatted(
            TITLE,
            head,
            canonical,
            published,
            basedOn,
            String.join("\n", blocks),
            String.join("", paragraphs).contains("(AFP") ? " (AFP)" : "",
            s == Signal.CARRIED_PUBLISHER_LINE ? "harianmentari.example" : "kabarkilat.example");
  }

  static RawPage page(String url, String html, Instant fetchedAt) {
    return RawPage.of(
        URI.create(url),
        ResponseHeaders.of("Content-Type", "text/html; charset=utf-8"),
        html.getBytes(StandardCharsets.UTF_8),
        fetchedAt);
  }

  /** The paragraphs without the wire credits (closing "(AFP/Z-3)"). */
  static List<String> withoutCredits(List<String> paragraphs) {
    return paragraphs.stream().map(p -> p.replace(" (AFP/Z-3)", "")).toList();
  }

  private static List<String> paragraphs(String resource) {
    try (InputStream in =
        Objects.requireNonNull(
            GroupingPages.class.getClassLoader().getResourceAsStream(resource), resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return List.of(text.strip().split("\\n\\s*\\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
