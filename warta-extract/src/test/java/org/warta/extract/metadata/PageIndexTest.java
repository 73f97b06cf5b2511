package org.warta.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.warta.extract.credit.Bylines;

/** {@link PageIndex}: what its one walk over a page collects. */
class PageIndexTest {

  @Test
  void blankAgreesWithJsoupForEveryCharacter() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = "\n  " + c + "\t";
      assertThat(PageIndex.blank(s)).as("U+%04X", (int) c).isEqualTo(new TextNode(s).isBlank());
    }
    assertThat(PageIndex.blank("")).isEqualTo(new TextNode("").isBlank());
  }

  @Test
  void indexesEachOfItsTags() {
    Document doc =
        Jsoup.parse(
            """
            <html><head><meta name="description" content="d"><link rel="canonical" href="/x">
            <script>var a = 1;</script></head>
            <body><h1>Title</h1><img src="/i.jpg"><a href="/y">y</a><p>text</p></body></html>
            """);

    PageIndex page = PageIndex.of(doc, e -> false);

    for (String tag : java.util.List.of("meta", "script", "link", "h1", "img", "a")) {
      assertThat(page.byTag(tag)).as(tag).hasSize(1);
    }
    assertThat(page.bylineCandidates()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> page.byTag("p"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void collectsShortTextsBylineCandidatesAndFirstPublicationNotes() {
    Document doc =
        Jsoup.parse(
            """
            <html><body>
              <h1>Harbour wall repairs start</h1>
              <div class="post-byline">By <a rel="author" href="/a/jr">Jane Roe</a></div>
              <p>Short text.</p>
              <p>This article was originally published on 3 March 2020 and updated since.</p>
              <div class="widget">Not a byline</div>
            </body></html>
            """);

    PageIndex page = PageIndex.of(doc, Bylines::isCandidate);

    assertThat(page.shortTexts())
        .extracting(TextNode::text)
        .contains("Harbour wall repairs start", "Jane Roe", "Short text.")
        .noneMatch(String::isBlank);
    assertThat(page.bylineCandidates())
        .extracting(e -> e.normalName() + "." + e.className())
        .containsExactly("div.post-byline", "a.");
    assertThat(page.publicationNotes())
        .extracting(TextNode::text)
        .containsExactly(
            "This article was originally published on 3 March 2020 and updated since.");
    assertThat(page.byTag("h1")).hasSize(1);
  }
}
