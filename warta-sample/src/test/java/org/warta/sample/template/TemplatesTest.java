package org.warta.sample.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.sample.SampleCorpus;
import org.warta.sample.ShippedSample;
import org.warta.sample.plan.CopyKind;
import org.warta.sample.plan.CorpusPlan;
import org.warta.sample.plan.PlannedArticle;

/**
 * Every article page carries its title, every body paragraph, its caption and its credit, and the
 * pages have the shapes of the seed page that extraction must cope with.
 */
class TemplatesTest {
  private final CorpusPlan plan = SampleCorpus.plan();

  @Test
  void everyPageShowsTitleParagraphsCaptionAndCredit() {
    for (PlannedArticle a : plan.articles()) {
      String html = ShippedSample.response(a.url()).text();
      assertThat(html).as("title of %s", a.key()).contains(Html.text(a.title()));
      assertThat(html).as("caption of %s", a.key()).contains(Html.text(a.imageCaption()));
      for (String p : a.paragraphs()) {
        assertThat(html).as("paragraph of %s", a.key()).contains(Html.text(p));
      }
      if (!a.credit().isEmpty()) {
        assertThat(html).as("credit of %s", a.key()).contains("(" + Html.text(a.credit()) + ")");
      }
      if (!a.dateline().isEmpty()) {
        assertThat(html).contains(Html.text(a.dateline()));
      }
    }
  }

  @Test
  void theSeedShapedPagesHaveAllItsParts() {
    PlannedArticle wire =
        plan.articles().stream()
            .filter(a -> a.publisher().key().equals("hariancakrawala"))
            .filter(a -> a.credit().equals("AFP/Z-3"))
            .findFirst()
            .orElseThrow();
    String html = ShippedSample.response(wire.url()).text();

    assertThat(html)
        .contains("(AFP)</div>")
        .contains("<strong>Baca juga : </strong>")
        .contains(Html.text(wire.paragraphs().getLast()) + " (AFP/Z-3)</p>")
        .contains("Cek berita dan artikel yg lain di")
        .contains("Editor : " + wire.editor())
        .contains("<h3>Terkini Lainnya</h3>")
        .contains("<h3>Tautan Sahabat</h3>");
  }

  @Test
  void aggregatorRepostsNameThePortalTheyCopiedInThePromoLine() {
    for (PlannedArticle a : plan.articles()) {
      if (a.publisher().key().equals("sekilaskini")
          && a.syndication().kind() == CopyKind.PUBLISHER_CREDIT) {
        String from = a.syndication().copiedFrom().orElseThrow().getHost().replace("www.", "");
        assertThat(ShippedSample.response(a.url()).text())
            .contains("ikuti WhatsApp channel " + from + "</p>");
      }
    }
  }

  @Test
  void metadataVariesAcrossPublishers() {
    Map<String, String> lastPage =
        plan.articles().stream()
            .collect(
                Collectors.toMap(
                    a -> a.publisher().key(),
                    a -> ShippedSample.response(a.url()).text(),
                    (x, y) -> y));

    assertThat(lastPage.get("kabarnusa"))
        .contains("\"@type\":\"NewsArticle\"")
        .contains("+07:00\"")
        .contains("og:description")
        .contains("data-src=");
    assertThat(lastPage.get("jakartaledger")).contains("\"@graph\"").contains("Z\"");
    assertThat(lastPage.get("suaraborneo"))
        .contains("\"@type\":\"WebPage\"")
        .doesNotContain("datePublished")
        .contains("Wita");
    assertThat(lastPage.get("apdispatch"))
        .doesNotContain("application/ld+json")
        .contains("+08:00\"");
    assertThat(lastPage.get("kba")).contains("<br><br>").contains("Pewarta:");
    assertThat(lastPage.get("lintas24")).contains("Baca juga:").contains("- Lintas24");
  }

  @Test
  void insertsGoBetweenParagraphsNeverAfterTheLast() {
    assertThat(Body.insertPositions(8, 3)).isEqualTo(List.of(1, 4));
    assertThat(Body.insertPositions(9, 3)).isEqualTo(List.of(1, 4, 7));
    assertThat(Body.insertPositions(2, 3)).isEmpty();
    assertThat(Body.insertPositions(6, 0)).isEmpty();
  }

  @Test
  void jsonLiteralsAreSafeInScriptsAndAnyCharset() {
    assertThat(Html.json("Léo \"9\" </script>"))
        .isEqualTo("\"L\\u00e9o \\\"9\\\" \\u003c\\/script\\u003e\"");
  }

  @Test
  void datesUseFixedNames() {
    var t = java.time.OffsetDateTime.parse("2026-11-20T07:05:00+07:00");

    assertThat(Dates.idLong(t)).isEqualTo("Jumat, 20 November 2026");
    assertThat(Dates.clock12(t)).isEqualTo("7:05 am");
    assertThat(Dates.isoUtc(t)).isEqualTo("2026-11-20T00:05:00Z");
  }
}
