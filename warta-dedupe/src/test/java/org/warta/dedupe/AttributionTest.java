package org.warta.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warta.dedupe.Fixtures.candidate;
import static org.warta.dedupe.Fixtures.text;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.core.ArticleId;
import org.warta.core.CanonicalUrl;
import org.warta.core.WireCredit;
import org.warta.dedupe.Attribution.Reason;

/**
 * Who a group credits, on the seed page's chain rebuilt with invented publishers: an aggregator
 * (kabarkilat.example) re-posts Harian Nusantara (hariannusantara.example), which re-wrote an AFP
 * report.
 */
class AttributionTest {
  private static final String TITLE = "Aldoria Hentikan Kerja Sama Pertahanan dengan Vessaria";
  private static final String ORIGINAL_URL =
      "https://www.hariannusantara.example/internasional/aldoria-vessaria";
  private static final String ORIGINAL = text("attribution/harian-nusantara-id.txt");
  private static final String REPOST = text("attribution/aggregator-repost-id.txt");
  private static final ArticleId HARIAN = new ArticleId(1);
  private static final ArticleId AGGREGATOR = new ArticleId(2);

  private final DuplicateDetector detector = DuplicateDetector.create();

  private Candidate harian(long minute) {
    return candidate(1, ORIGINAL_URL, TITLE, ORIGINAL, minute)
        .withWireCredit(Optional.of(new WireCredit("AFP", "AFP/Z-3")));
  }

  private Candidate aggregator(long minute) {
    return candidate(
        2, "https://kabarkilat.example/read/2026/05/12/aldoria", TITLE, REPOST, minute);
  }

  @Test
  void theChainComesOutRight_aggregatorToHarianNusantaraToAfp() {
    detector.add(harian(0));
    Verdict v =
        detector.add(
            aggregator(45)
                .withOriginalHints(
                    List.of(
                        URI.create(
                            "http://hariannusantara.example/internasional/aldoria-vessaria/amp"))));

    DuplicateGroup g = v.group().orElseThrow();
    assertThat(v.kind()).isEqualTo(Verdict.Kind.NEAR_DUPLICATE);
    assertThat(g.attribution().original()).isEqualTo(new Original.Article(HARIAN));
    assertThat(g.attribution().reason()).isEqualTo(Reason.EXPLICIT_SIGNAL);
    assertThat(g.attribution().upstream()).contains("AFP");
    assertThat(g.creditFor(AGGREGATOR)).isEqualTo(new Original.Article(HARIAN));
    assertThat(g.creditFor(HARIAN)).isEqualTo(new Original.Agency("AFP"));
  }

  @Test
  void anExplicitSignalWinsEvenWhenTheCopyWasSeenFirst() {
    detector.add(
        aggregator(0)
            .withOriginalHints(List.of(URI.create(ORIGINAL_URL + "?utm_source=kabarkilat"))));
    Verdict v = detector.add(harian(30));

    assertThat(v.group().orElseThrow().attribution())
        .isEqualTo(
            new Attribution(
                new Original.Article(HARIAN), Reason.EXPLICIT_SIGNAL, Optional.of("AFP")));
  }

  @Test
  void withoutExplicitSignalsTheWireCreditInTheTextIsCredited() {
    detector.add(harian(0).withWireCredit(Optional.empty())); // credit read from "(AFP/Z-3)"
    Verdict v = detector.add(aggregator(45));

    Attribution a = v.group().orElseThrow().attribution();
    assertThat(a.original()).isEqualTo(new Original.Agency("AFP"));
    assertThat(a.reason()).isEqualTo(Reason.WIRE_CREDIT);
    assertThat(v.group().orElseThrow().creditFor(AGGREGATOR).label()).isEqualTo("agency:AFP");
  }

  @Test
  void withoutSignalsOrCreditsTheEarliestPublicationIsCredited() {
    String plainOriginal = ORIGINAL.replace(" (AFP/Z-3)", "");
    String plainRepost = REPOST.replace(" (AFP/Z-3)", "").replace(".(AFP)", ".");
    detector.add(candidate(2, "https://kabarkilat.example/a", TITLE, plainRepost, 60));
    Verdict v = detector.add(candidate(1, ORIGINAL_URL, TITLE, plainOriginal, 10));

    Attribution a = v.group().orElseThrow().attribution();
    assertThat(a.original()).isEqualTo(new Original.Article(HARIAN));
    assertThat(a.reason()).isEqualTo(Reason.EARLIEST_PUBLICATION);
    assertThat(v.group().orElseThrow().creditFor(HARIAN)).isEqualTo(new Original.Article(HARIAN));
  }

  @Test
  void aCarriedPublisherLineCreditsThatPublishersMemberWhichIsItselfFromAfp() {
    // the re-post names only Harian Nusantara's site (its promo line, kept by extraction as a hint)
    Verdict first =
        detector.add(
            aggregator(0)
                .withOriginalHints(List.of(URI.create("https://hariannusantara.example/"))));
    assertThat(first.group()).isEmpty();
    Verdict v = detector.add(harian(30));

    assertThat(v.group().orElseThrow().attribution())
        .isEqualTo(
            new Attribution(
                new Original.Article(HARIAN), Reason.CARRIED_PUBLISHER_LINE, Optional.of("AFP")));
  }

  @Test
  void aCarriedPublisherLineNamingNoMemberLeavesTheWireCredit() {
    detector.add(harian(0).withWireCredit(Optional.empty()));
    Verdict v =
        detector.add(
            aggregator(10).withOriginalHints(List.of(URI.create("https://suaralain.example/"))));

    Attribution a = v.group().orElseThrow().attribution();
    assertThat(a.original()).isEqualTo(new Original.Agency("AFP"));
    assertThat(a.reason()).isEqualTo(Reason.WIRE_CREDIT);
  }

  @Test
  void anExplicitSignalOutranksACarriedPublisherLine() {
    String third = "https://beritaringkas.example/2026/05/12/aldoria";
    detector.add(harian(0));
    detector.add(candidate(3, third, TITLE, REPOST, 5));
    Verdict v =
        detector.add(
            aggregator(10)
                .withOriginalHints(
                    List.of(URI.create("https://hariannusantara.example/"), URI.create(third))));

    Attribution a = v.group().orElseThrow().attribution();
    assertThat(a.original()).isEqualTo(new Original.Article(new ArticleId(3)));
    assertThat(a.reason()).isEqualTo(Reason.EXPLICIT_SIGNAL);
  }

  @Test
  void hintsAreFollowedToTheEndOfTheChain() {
    String url3 = "https://kabarkilat.example/b";
    detector.add(harian(0).withWireCredit(Optional.empty()));
    detector.add(aggregator(10).withOriginalHints(List.of(URI.create(ORIGINAL_URL))));
    Verdict v =
        detector.add(
            candidate(3, url3, TITLE, REPOST, 20)
                .withOriginalHints(
                    List.of(URI.create("https://kabarkilat.example/read/2026/05/12/aldoria"))));

    assertThat(v.group().orElseThrow().attribution().original())
        .isEqualTo(new Original.Article(HARIAN));
  }

  @Test
  void aNamedOriginalOutsideTheGroupIsCreditedAsAPage() {
    detector.add(harian(0).withWireCredit(Optional.empty()));
    Verdict v =
        detector.add(
            aggregator(10)
                .withOriginalHints(List.of(URI.create("https://wires.example/aldoria-ends-pact"))));

    assertThat(v.group().orElseThrow().attribution().original())
        .isEqualTo(new Original.Page(CanonicalUrl.of("https://wires.example/aldoria-ends-pact")));
  }

  @Test
  void theAgencysOwnCopyIsItsOriginal() {
    detector.add(harian(0));
    Verdict v =
        detector.add(
            candidate(3, "https://www.afp.com/id/aldoria-vessaria", TITLE, ORIGINAL, 30)
                .withWireCredit(Optional.of(new WireCredit("AFP", "AFP"))));

    Attribution a = v.group().orElseThrow().attribution();
    assertThat(a.original()).isEqualTo(new Original.Article(new ArticleId(3)));
    assertThat(a.reason()).isEqualTo(Reason.WIRE_CREDIT);
    assertThat(v.group().orElseThrow().creditFor(new ArticleId(3)))
        .isEqualTo(new Original.Article(new ArticleId(3)));
  }

  @Test
  void aRepublicationNoticeInTheCopysTextIsAnExplicitSignal() {
    detector.add(harian(0));
    Verdict v =
        detector.add(
            candidate(
                2,
                "https://kabarkilat.example/read/2026/05/12/aldoria",
                TITLE,
                REPOST
                    + "\n\nArtikel ini telah tayang di Harian Nusantara dengan judul \""
                    + TITLE
                    + "\". Klik untuk baca: "
                    + ORIGINAL_URL
                    + "\n",
                45));

    Attribution a = v.group().orElseThrow().attribution();
    assertThat(a.original()).isEqualTo(new Original.Article(HARIAN));
    assertThat(a.reason()).isEqualTo(Reason.EXPLICIT_SIGNAL);
    assertThat(a.upstream()).contains("AFP");
  }

  @Test
  void aCitedDataSourceIsNoOriginal() {
    detector.add(harian(0));
    Verdict v =
        detector.add(
            candidate(
                2,
                "https://kabarkilat.example/read/2026/05/12/aldoria",
                TITLE,
                REPOST + "\n\nSumber: https://statistik.example/aldoria/pangkalan\n",
                45));

    assertThat(v.group().orElseThrow().attribution().reason()).isEqualTo(Reason.WIRE_CREDIT);
  }
}
