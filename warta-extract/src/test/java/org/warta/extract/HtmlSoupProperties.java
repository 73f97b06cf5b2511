package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.warta.core.RawPage;

/**
 * Property: for any soup of HTML fragments (unbalanced tags, hostile attributes, boilerplate
 * phrases, credits, dates, broken JSON-LD), extraction ends without an internal failure, its body
 * HTML carries only allowlisted tags, and its links only http(s) targets. A failing input found
 * here goes into the fuzz corpus ({@code src/test/resources/fuzz/}).
 */
class HtmlSoupProperties {
  private static final List<String> FRAGMENTS =
      List.of(
          "<div>",
          "</div>",
          "<p>",
          "</p>",
          "<span>",
          "</span>",
          "<article>",
          "</article>",
          "<aside>",
          "</aside>",
          "<nav>",
          "<main>",
          "<section class=\"comments\">",
          "<div class=\"share\">",
          "<div class=\"entry-content\">",
          "<div itemprop=\"articleBody\">",
          "<h1>",
          "</h1>",
          "<h2>",
          "<ul>",
          "<li>",
          "</li>",
          "</ul>",
          "<table>",
          "<tr>",
          "<td>",
          "</td>",
          "</tr>",
          "</table>",
          "<br>",
          "<br><br>",
          "<img src=\"/a.jpg\" data-src=\"https://img.example/b.jpg\">",
          "<figure>",
          "<figcaption>",
          "</figcaption>",
          "</figure>",
          "<blockquote>",
          "<pre>",
          "<a href=\"https://x.example/a\">",
          "<a href=\"javascript:alert(1)\">",
          "</a>",
          "<script>var x = '<p>';</script>",
          "<style>p{}</style>",
          "<noscript>",
          "<template>",
          "<div hidden id=\"S:0\">",
          "<div style=\"display:none\">",
          "<time datetime=\"2024-12-03T06:10:00+07:00\">",
          "</time>",
          "<meta property=\"article:published_time\" content=\"2024-02-30\">",
          "<script"
              + " type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",</script>",
          "<script"
              + " type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"author\":{\"@id\":\"#a\"}},{\"@id\":\"#a\",\"name\":\"Rina\"}]}</script>",
          "Baca juga: ",
          "Read more: ",
          "Advertisement",
          "Editor : Budi Santoso",
          "Penulis : Rina | Editor : Budi",
          "(AFP/Z-3)",
          "(ant)",
          "Selasa, 03 Desember 2024, 06:10 WIB",
          "By Jane Roe",
          "&amp;",
          "&#0;",
          "Kalimat yang cukup panjang, dengan koma, agar terhitung sebagai paragraf isi berita. ",
          "A sentence long enough, with commas, to count as body text in a paragraph. ",
          "\u0000",
          "\uFFFD",
          "<",
          ">",
          "\"",
          "'",
          "=");

  @Provide
  Arbitrary<String> soup() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(300).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void extractionHoldsItsContractOnAnySoup(@ForAll("soup") String html) {
    Extraction e =
        Extractor.standard()
            .extract(
                RawPage.ofBytes(
                    URI.create("https://soup.example/p"), html.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.diagnostics().warnings()).noneMatch(w -> w.startsWith("extraction failed"));
    assertThat(e.bodyHtml())
        .doesNotContain("<script", "<style", "javascript:", "<div", "<span", "onclick");
    e.related().forEach(l -> assertThat(l.url().getScheme()).isIn("http", "https"));
  }
}
