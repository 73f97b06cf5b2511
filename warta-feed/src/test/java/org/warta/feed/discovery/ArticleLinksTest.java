package org.warta.feed.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.warta.feed.Fixtures;

class ArticleLinksTest {
  private static final URI HOME = URI.create("https://kabar.example/");

  @Test
  void datedAndIdSlugLinksAreArticlesNavigationIsNot() {
    ArticleLinkHarvest harvest =
        ArticleLinks.discover(Fixtures.bytes("discovery/home-kabar.html"), HOME, 50);
    assertThat(harvest.articles())
        .extracting(a -> a.url().toString())
        .containsExactlyInAnyOrder(
            "https://kabar.example/read/2026/03/02/101/banjir-rob-rendam-pesisir-kota",
            "https://kabar.example/read/2026/03/02/102/harga-cabai-turun-jelang-panen",
            "https://kabar.example/read/2026/03/02/103/timnas-fiktif-lolos-final",
            "https://kabar.example/read/2026/03/01/104/jembatan-gantung-baru-diresmikan",
            "https://kabar.example/read/2026/03/01/105/pasar-malam-dibuka-kembali",
            "https://m.kabar.example/read/2026/03/01/106/festival-layang-layang",
            "https://kabar.example/read/2026/02/28/107/panen-kopi-melimpah-di-lereng",
            "https://kabar.example/berita/8812345/warga-gotong-royong-bersihkan-sungai",
            "https://kabar.example/berita/8812346/sekolah-terapung-mulai-beroperasi",
            "https://kabar.example/berita/8812347/kereta-wisata-tambah-gerbong");
    assertThat(harvest.truncated()).isFalse();
    ArticleLink headline =
        harvest.articles().stream()
            .filter(a -> a.url().getPath().contains("/101/"))
            .findFirst()
            .orElseThrow();
    assertThat(headline.text()).isEqualTo("Banjir Rob Rendam Pesisir Kota Pelabuhan Fiktif");
  }

  @Test
  void learnsTheDatedPatternAsTheArticlePattern() {
    ArticleLinkHarvest harvest =
        ArticleLinks.discover(Fixtures.bytes("discovery/home-kabar.html"), HOME, 50);
    UrlPattern top =
        harvest.patterns().stream().filter(UrlPattern::articles).findFirst().orElseThrow();
    assertThat(top.template()).isEqualTo("w/Y/M/D/n/S");
    assertThat(top.links()).isEqualTo(7);
    assertThat(top.articles()).isTrue();
    assertThat(harvest.patterns())
        .filteredOn(p -> p.template().equals("w/w"))
        .allMatch(p -> !p.articles());
  }

  @Test
  void capKeepsTheBestScoringLinks() {
    ArticleLinkHarvest harvest =
        ArticleLinks.discover(Fixtures.bytes("discovery/home-kabar.html"), HOME, 3);
    assertThat(harvest.articles()).hasSize(3);
    assertThat(harvest.truncated()).isTrue();
    assertThat(harvest.articles()).allMatch(a -> a.template().equals("w/Y/M/D/n/S"));
  }

  @Test
  void repeatedNumericQueryIdsOnASectionPageAreArticles() {
    ArticleLinkHarvest harvest =
        ArticleLinks.discover(
            Fixtures.bytes("discovery/section-lontar.html"),
            URI.create("https://lontar.example/news/local"),
            20);
    assertThat(harvest.articles())
        .hasSize(5)
        .allMatch(
            a -> a.url().toString().startsWith("https://lontar.example/news/view.php?id=4021"));
  }

  @Test
  void shapesOfCommonNewsUrls() {
    assertThat(UrlShape.of(URI.create("https://a.example/2026/03/02/judul-berita-panjang.html")))
        .satisfies(
            s -> {
              assertThat(s.dated()).isTrue();
              assertThat(s.slug()).isTrue();
              assertThat(s.htmlPage()).isTrue();
            });
    assertThat(UrlShape.of(URI.create("https://a.example/read/20260302/123/judul")).dated())
        .isTrue();
    assertThat(
            UrlShape.of(URI.create("https://a.example/berita/judul-berita-panjang-1234567"))
                .template())
        .isEqualTo("w/I");
    assertThat(UrlShape.of(URI.create("https://a.example/tag/banjir")).navigation()).isTrue();
  }
}
