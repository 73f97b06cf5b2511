package org.warta.pipeline.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warta.pipeline.grouping.GroupingPages.AGGREGATOR_URL;
import static org.warta.pipeline.grouping.GroupingPages.PARAGRAPHS;
import static org.warta.pipeline.grouping.GroupingPages.PUBLISHER_URL;
import static org.warta.pipeline.grouping.GroupingPages.aggregatorPage;
import static org.warta.pipeline.grouping.GroupingPages.page;
import static org.warta.pipeline.grouping.GroupingPages.publisherPage;
import static org.warta.pipeline.grouping.GroupingPages.withoutCredits;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.warta.core.NewSource;
import org.warta.core.SourceId;
import org.warta.core.SourceKind;
import org.warta.core.StoredArticle;
import org.warta.extract.Extractor;
import org.warta.pipeline.Progress;
import org.warta.pipeline.grouping.GroupingPages.Signal;
import org.warta.pipeline.ingest.ArticleIngest;
import org.warta.pipeline.ingest.IngestOutcome;
import org.warta.store.DatabaseUrl;
import org.warta.store.DuplicateCredit;
import org.warta.store.Store;

/**
 * The seed page's chain end to end — dated HTML pages through extraction, the store and the
 * grouping stage: Harian Mentari re-wrote an AFP report (closing credit "(AFP/Z-3)"), and the
 * aggregator KabarKilat re-posts Harian Mentari. The group must credit Harian Mentari's article,
 * record that it is itself from AFP, and say why; explicit signals outrank wire credits, which
 * outrank the earliest publication.
 */
class OriginalCreditTest {
  private static final Instant NOW = Instant.parse("2026-05-11T03:00:00Z");
  private static final String PUBLISHED_EARLY = "2026-05-11T08:10:00+07:00";
  private static final String PUBLISHED_LATE = "2026-05-11T09:02:00+07:00";

  @TempDir Path dir;
  private Store store;
  private ArticleIngest ingest;
  private SourceId mentari;
  private SourceId kabarKilat;

  @BeforeEach
  void open() {
    store = Store.open(DatabaseUrl.sqliteIn(dir));
    mentari =
        store
            .sources()
            .add(
                NewSource.of(
                    "Harian Mentari",
                    URI.create("https://www.harianmentari.example/rss"),
                    SourceKind.FEED))
            .id();
    kabarKilat =
        store
            .sources()
            .add(
                NewSource.of(
                    "KabarKilat", URI.create("https://kabarkilat.example/rss"), SourceKind.FEED))
            .id();
    Grouping grouping = Grouping.restore(store, () -> NOW, Progress.NONE);
    ingest = new ArticleIngest(store, Extractor.standard(), grouping);
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  private StoredArticle publisher(String published, List<String> paragraphs, Instant seen) {
    return stored(
        ingest.ingest(
            page(PUBLISHER_URL, publisherPage(published, paragraphs), seen),
            mentari,
            URI.create(PUBLISHER_URL)));
  }

  private StoredArticle aggregator(
      String published, List<String> paragraphs, Signal signal, Instant seen) {
    return stored(
        ingest.ingest(
            page(AGGREGATOR_URL, aggregatorPage(published, paragraphs, signal), seen),
            kabarKilat,
            URI.create(AGGREGATOR_URL)));
  }

  private StoredArticle stored(IngestOutcome outcome) {
    assertThat(outcome.article()).as("stored: %s", outcome).isPresent();
    return outcome.article().orElseThrow();
  }

  private StoredArticle reread(StoredArticle a) {
    return store.articles().find(a.id()).orElseThrow();
  }

  private DuplicateCredit creditOfGroup(StoredArticle a, StoredArticle b) {
    Optional<Long> group = reread(a).duplicateGroup();
    assertThat(group).as("%s is in a duplicate group", a.article().url()).isPresent();
    assertThat(reread(b).duplicateGroup()).isEqualTo(group);
    assertThat(reread(a).story()).isPresent().isEqualTo(reread(b).story());
    return store.articles().duplicateCredit(group.get()).orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(
      value = Signal.class,
      names = {
        "CROSS_DOMAIN_CANONICAL",
        "ORIGINAL_SOURCE_META",
        "SYNDICATION_SOURCE_LINK",
        "JSON_LD_IS_BASED_ON",
        "REPUBLICATION_NOTICE"
      })
  void theRepostNamingItsSourceCreditsThePublisherWhichIsItselfFromAfp(Signal signal) {
    StoredArticle original = publisher(PUBLISHED_EARLY, PARAGRAPHS, NOW);
    StoredArticle repost = aggregator(PUBLISHED_LATE, PARAGRAPHS, signal, NOW.plusSeconds(3_000));

    assertThat(original.article().wireCredit()).as("publisher's wire credit").isPresent();
    DuplicateCredit credit = creditOfGroup(original, repost);
    assertThat(credit.article()).contains(original.id());
    assertThat(credit.upstream()).isEqualTo("AFP");
    assertThat(credit.reason()).isEqualTo("EXPLICIT_SIGNAL");
  }

  @Test
  void theExplicitSignalWinsWhenTheRepostIsFetchedBeforeThePublishersPage() {
    StoredArticle repost =
        aggregator(PUBLISHED_LATE, PARAGRAPHS, Signal.CROSS_DOMAIN_CANONICAL, NOW);
    StoredArticle original = publisher(PUBLISHED_EARLY, PARAGRAPHS, NOW.plusSeconds(7_200));

    DuplicateCredit credit = creditOfGroup(original, repost);
    assertThat(credit.article()).contains(original.id());
    assertThat(credit.upstream()).isEqualTo("AFP");
    assertThat(credit.reason()).isEqualTo("EXPLICIT_SIGNAL");
  }

  @Test
  void withoutExplicitSignalsTheWireCreditOutranksTheEarliestPublication() {
    // the re-post even claims an earlier publication time than the publisher's page
    StoredArticle repost = aggregator("2026-05-11T07:30:00+07:00", PARAGRAPHS, Signal.NONE, NOW);
    StoredArticle original = publisher(PUBLISHED_EARLY, PARAGRAPHS, NOW.plusSeconds(600));

    DuplicateCredit credit = creditOfGroup(original, repost);
    assertThat(credit.agency()).isEqualTo("AFP");
    assertThat(credit.article()).isEmpty();
    assertThat(credit.reason()).isEqualTo("WIRE_CREDIT");
  }

  @Test
  void aRepostCarryingThePublishersPromoLineCreditsThePublisherWhichIsItselfFromAfp() {
    // the seed page: no link to the publisher, only its "... ikuti WhatsApp channel <site>" line
    StoredArticle repost =
        aggregator(PUBLISHED_LATE, PARAGRAPHS, Signal.CARRIED_PUBLISHER_LINE, NOW);
    StoredArticle original = publisher(PUBLISHED_EARLY, PARAGRAPHS, NOW.plusSeconds(600));

    assertThat(repost.article().originalHints())
        .containsExactly(URI.create("https://harianmentari.example/"));
    assertThat(repost.article().bodyText()).doesNotContain("WhatsApp");
    DuplicateCredit credit = creditOfGroup(original, repost);
    assertThat(credit.article()).contains(original.id());
    assertThat(credit.upstream()).isEqualTo("AFP");
    assertThat(credit.reason()).isEqualTo("CARRIED_PUBLISHER_LINE");
  }

  @Test
  void aCarriedPromoLineWhosePublisherWartaHasNotStoredLeavesTheWireCredit() {
    String other = "https://beritaringkas.example/2026/05/11/banjir-ostra";
    StoredArticle repost =
        aggregator(PUBLISHED_LATE, PARAGRAPHS, Signal.CARRIED_PUBLISHER_LINE, NOW);
    StoredArticle second =
        stored(
            ingest.ingest(
                page(
                    other,
                    aggregatorPage(PUBLISHED_EARLY, PARAGRAPHS, Signal.NONE)
                        .replace(AGGREGATOR_URL, other)
                        // its own promo line: KabarKilat's would name KabarKilat's copy
                        .replace("kabarkilat.example</p>", "beritaringkas.example</p>"),
                    NOW.plusSeconds(60)),
                kabarKilat,
                URI.create(other)));

    assertThat(repost.article().originalHints())
        .containsExactly(URI.create("https://harianmentari.example/"));
    assertThat(second.article().originalHints()).isEmpty();
    DuplicateCredit credit = creditOfGroup(repost, second);
    assertThat(credit.agency()).isEqualTo("AFP");
    assertThat(credit.article()).isEmpty();
    assertThat(credit.page()).isEmpty();
    assertThat(credit.reason()).isEqualTo("WIRE_CREDIT");
  }

  @Test
  void withoutSignalsOrCreditsThePagesPublicationTimesDecideNotTheFetchOrder() {
    List<String> plain = withoutCredits(PARAGRAPHS);
    StoredArticle repost = aggregator(PUBLISHED_LATE, plain, Signal.NONE, NOW);
    StoredArticle original = publisher(PUBLISHED_EARLY, plain, NOW.plusSeconds(7_200));

    assertThat(original.article().wireCredit()).isEmpty();
    DuplicateCredit credit = creditOfGroup(original, repost);
    assertThat(credit.article()).contains(original.id());
    assertThat(credit.upstream()).isEmpty();
    assertThat(credit.reason()).isEqualTo("EARLIEST_PUBLICATION");
  }

  @Test
  void aRepostOfAPageWartaHasNotStoredCreditsThatPage() {
    StoredArticle repost = aggregator(PUBLISHED_LATE, PARAGRAPHS, Signal.ORIGINAL_SOURCE_META, NOW);
    StoredArticle second =
        stored(
            ingest.ingest(
                page(
                    "https://beritaringkas.example/2026/05/11/banjir-ostra",
                    aggregatorPage(PUBLISHED_LATE, PARAGRAPHS, Signal.NONE)
                        .replace(
                            AGGREGATOR_URL,
                            "https://beritaringkas.example/2026/05/11/banjir-ostra"),
                    NOW.plusSeconds(60)),
                kabarKilat,
                URI.create("https://beritaringkas.example/2026/05/11/banjir-ostra")));

    DuplicateCredit credit = creditOfGroup(repost, second);
    assertThat(credit.page()).contains(URI.create(PUBLISHER_URL));
    assertThat(credit.reason()).isEqualTo("EXPLICIT_SIGNAL");
    assertThat(credit.article()).isEmpty();
  }
}
