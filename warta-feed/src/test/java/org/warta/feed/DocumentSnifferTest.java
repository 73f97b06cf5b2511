package org.warta.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentSnifferTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "rss/rss20-kabar.xml => RSS",
        "rss/rss091-netscape.xml => RSS",
        "rss/rss20-wild.xml => RSS",
        "rdf/rss10.xml => RDF",
        "atom/atom10.xml => ATOM",
        "json/jsonfeed11.json => JSON_FEED",
        "sitemap/news-sitemap.xml => SITEMAP_URLSET",
        "sitemap/sitemap-index.xml => SITEMAP_INDEX",
        "sitemap/urls.txt => SITEMAP_TEXT",
        "opml/reader-export.opml => OPML",
        "hostile/html-page.html => HTML",
        "discovery/home-kabar.html => HTML",
        "hostile/billion-laughs.xml => RSS",
      })
  void tellsTheKindFromTheContent(String fixture, DocumentKind kind) {
    assertThat(DocumentSniffer.sniff(Fixtures.bytes(fixture), "text/plain")).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "{\"data\": 1} => OTHER",
        "<?xml version=\"1.0\"?><!-- <rss> --><feed xmlns=\"http://www.w3.org/2005/Atom\"/> =>"
            + " ATOM",
        "<?xml version=\"1.0\"?><kml/> => OTHER",
        "just words => OTHER",
      })
  void commentsAndOtherDocuments(String text, DocumentKind kind) {
    assertThat(DocumentSniffer.sniff(text.getBytes(StandardCharsets.UTF_8), "")).isEqualTo(kind);
  }
}
