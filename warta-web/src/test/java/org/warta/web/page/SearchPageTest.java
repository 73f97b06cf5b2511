package org.warta.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.warta.core.ArticleId;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;
import org.warta.web.fixture.Http;
import org.warta.web.fixture.SampleNewsroom;
import org.warta.web.fixture.SharedSample;

/** {@code /search}: words, filters, highlighted snippets and pages over the sample. */
class SearchPageTest {
  final SampleNewsroom news = SharedSample.newsroom();
  final Http http = SharedSample.http();

  Document page(String path) {
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  List<StoredArticle> hits(Document d) {
    return d.select("ol.results h3 a").eachAttr("href").stream()
        .map(
            h ->
                news.store
                    .articles()
                    .find(new ArticleId(Long.parseLong(h.substring(9))))
                    .orElseThrow())
        .toList();
  }

  @Test
  void wordsAreHighlightedInTitlesAndSnippetsAndEverythingElseIsEscaped() {
    Document d = page("/search?q=banjir");
    assertThat(d.select("ol.results > li")).isNotEmpty();
    assertThat(d.select("ol.results mark").eachText())
        .allSatisfy(m -> assertThat(m).isEqualToIgnoringCase("banjir"));
    assertThat(d.select("ol.results .snippet mark")).isNotEmpty();
    for (Element snippet : d.select("ol.results .snippet, ol.results h3 a")) {
      assertThat(snippet.children()).allSatisfy(c -> assertThat(c.tagName()).isEqualTo("mark"));
    }
    assertThat(d.select("p[role=status]").text()).contains("banjir");
  }

  @Test
  void stemmingFindsOtherFormsOfAWord() {
    Document d = page("/search?q=pengungsian");
    assertThat(d.select("ol.results mark").eachText()).isNotEmpty();
  }

  @Test
  void theLanguageFilterKeepsOneLanguage() {
    List<StoredArticle> en = hits(page("/search?q=flood+%7C+earthquake&language=en"));
    assertThat(en)
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.article().language().code()).isEqualTo("en"));
  }

  @Test
  void theSourceFilterKeepsOneSource() {
    var s = news.store.sources().list().getFirst();
    long source = s.id().value();
    List<StoredArticle> hits =
        hits(page("/search?language=" + s.language().code() + "&source=" + source));
    assertThat(hits)
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.article().source().value()).isEqualTo(source));
  }

  @Test
  void theDateRangeIncludesBothDaysInTheReadersZone() {
    List<StoredArticle> hits = hits(page("/search?from=2026-11-26&to=2026-11-26"));
    assertThat(hits).isNotEmpty();
    for (StoredArticle a : hits) {
      OffsetDateTime wib = a.article().sortTime().atOffset(java.time.ZoneOffset.ofHours(7));
      assertThat(wib.toLocalDate()).hasToString("2026-11-26");
    }
  }

  @Test
  void theStoryFilterSearchesWithinOneStory() {
    StoryId story = news.stories.values().iterator().next();
    List<StoredArticle> hits = hits(page("/search?story=" + story.value()));
    assertThat(hits)
        .hasSize(news.store.stories().find(story).orElseThrow().articleCount())
        .allSatisfy(a -> assertThat(a.story()).contains(story));
  }

  @Test
  void resultsArePagedAndPageLinksKeepTheFilters() {
    Document first = page("/search?language=id");
    assertThat(first.select("ol.results > li")).hasSize(20);
    Element next = first.selectFirst("nav.pager a[rel=next]");
    assertThat(next.attr("href")).isEqualTo("/search?language=id&page=2");
    Document second = page(next.attr("href"));
    assertThat(hits(second)).doesNotContainAnyElementsOf(hits(first));
    assertThat(second.select("nav.pager span[aria-current=page]").text()).isEqualTo("2");
    assertThat(second.select("select#language option[selected]").attr("value")).isEqualTo("id");
  }

  @Test
  void badFiltersAreA400PageSayingWhatToFix() {
    for (String q :
        List.of(
            "from=28-11-2026",
            "source=abc",
            "language=xx1",
            "order=random",
            "from=2026-11-28&to=2026-11-01",
            "page=0")) {
      HttpResponse<String> r = http.get("/search?" + q);
      assertThat(r.statusCode()).as(q).isEqualTo(400);
      assertThat(Jsoup.parse(r.body()).select("main p").first().text())
          .as(q)
          .startsWith("Permintaan tidak valid:");
    }
  }

  @Test
  void hostileQueriesAreShownAsText() {
    Document d = page("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E");
    assertThat(d.select("script[src]")).hasSize(1);
    assertThat(d.select("main script")).isEmpty();
    assertThat(d.selectFirst("#q2").attr("value")).isEqualTo("<script>alert(1)</script>\">");
  }
}
