package org.warta.feed.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class HrefsTest {
  private static final URI RFC_BASE = URI.create("http://a/b/c/d;p?q");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "/link/rfc3986-examples.csv")
  void resolvesTheExamplesOfRfc3986(String reference, String expected) {
    assertThat(Hrefs.resolve(RFC_BASE, reference)).contains(URI.create(expected));
  }

  @Test
  void emptyReferenceIsTheBaseWithoutFragment() {
    assertThat(Hrefs.resolve(URI.create("http://a/b/c/d;p?q#f"), "")).isEmpty();
    assertThat(Hrefs.resolve(RFC_BASE, "#")).contains(URI.create("http://a/b/c/d;p?q#"));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiterString = " -> ",
      value = {
        "'  /berita/satu  ' -> https://kabar.example/berita/satu",
        "/berita/dua tiga.html -> https://kabar.example/berita/dua%20tiga.html",
        "/kota/bandung?q=é -> https://kabar.example/kota/bandung?q=%C3%A9",
        "/a|b^c -> https://kabar.example/a%7Cb%5Ec",
        "/p?x=1#a#b -> https://kabar.example/p?x=1#a%23b",
        "/100%-asli -> https://kabar.example/100%25-asli",
        "/sudah%20dikodekan -> https://kabar.example/sudah%20dikodekan",
        "//cdn.example/img.jpg -> https://cdn.example/img.jpg",
        "HTTPS://Other.EXAMPLE/x -> HTTPS://Other.EXAMPLE/x",
      })
  void hrefsAreReadAsBrowsersReadThem(String href, String expected) {
    assertThat(Hrefs.resolveHttp(URI.create("https://kabar.example/rss"), href))
        .contains(URI.create(expected));
  }

  @Test
  void baseWithoutPathGetsARootSlash() {
    assertThat(Hrefs.resolve(URI.create("http://desa.example"), "pasar"))
        .contains(URI.create("http://desa.example/pasar"));
  }

  @Test
  void tabsAndNewlinesInsideHrefsAreDropped() {
    assertThat(Hrefs.resolveHttp(URI.create("https://x.example/"), "/ber\nita/\tsatu"))
        .contains(URI.create("https://x.example/berita/satu"));
  }

  @Test
  void nonHttpSchemesAreNoArticleLinks() {
    URI base = URI.create("https://kabar.example/");
    assertThat(Hrefs.resolveHttp(base, "javascript:alert(1)")).isEmpty();
    assertThat(Hrefs.resolveHttp(base, "mailto:redaksi@kabar.example")).isEmpty();
    assertThat(Hrefs.resolveHttp(base, "data:image/png;base64,AAAA")).isEmpty();
    assertThat(Hrefs.resolveHttp(base, "ftp://kabar.example/file")).isEmpty();
    assertThat(Hrefs.resolveHttp(base, "   ")).isEmpty();
  }
}
