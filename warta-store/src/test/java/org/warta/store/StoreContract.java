package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.DisplayPolicy;
import org.warta.core.Image;
import org.warta.core.Language;
import org.warta.core.Link;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.core.StoredArticle;
import org.warta.core.Story;
import org.warta.core.StoryId;
import org.warta.core.WireCredit;

/**
 * What every store must do, whatever database it runs on. Each database gets a subclass that opens
 * a fresh, empty store.
 */
abstract class StoreContract implements WebReadsContract {
  Store store;

  @Override
  public Store store() {
    return store;
  }

  abstract Store openEmptyStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openEmptyStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** A second source, for what must stay apart from {@link #kabar()}'s. */
  Source other() {
    return store
        .sources()
        .add(NewSource.of("Other", URI.create("https://other.example/feed"), SourceKind.FEED));
  }

  Source kabar() {
    return store
        .sources()
        .add(
            NewSource.of(
                "Kabar Nusa", URI.create("https://kabarnusa.example/rss.xml"), SourceKind.FEED));
  }

  static Article article(Source source, String slug, OffsetDateTime published) {
    URI url = URI.create("https://kabarnusa.example/berita/" + slug);
    return Article.builder(source.id(), url)
        .title("Judul " + slug)
        .description("Ringkasan " + slug)
        .authors(List.of("Rina Wulandari", "Bagus Pratama"))
        .editor("Sari Dewi")
        .wireCredit(Optional.of(new WireCredit("AFP", "AFP/Z-3")))
        .siteName("Kabar Nusa")
        .section("Internasional")
        .tags(List.of("niger", "militer"))
        .language(Language.INDONESIAN)
        .published(Optional.of(published))
        .seen(Instant.parse("2026-11-28T03:00:00Z"))
        .leadImage(
            Optional.of(
                new Image(
                    URI.create("https://img.kabarnusa.example/1.jpg"), "Ilustrasi", "AFP", "")))
        .bodyHtml("<p>Paragraf satu.</p><p>Paragraf dua.</p>")
        .bodyText("Paragraf satu.\n\nParagraf dua.")
        .related(List.of(new Link(URI.create("https://kabarnusa.example/lain"), "Berita lain")))
        .originalHints(List.of(URI.create("https://wire.example/original")))
        .provenance(Map.of("title", "json-ld"))
        .build();
  }

  static OffsetDateTime wib(int day, int hour) {
    return OffsetDateTime.of(2026, 11, day, hour, 0, 0, 0, ZoneOffset.ofHours(7));
  }

  @Test
  void addingASourceTwiceKeepsOne() {
    Source first = kabar();
    Source second = kabar();
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(store.sources().list()).hasSize(1);
    assertThat(first.display()).isEqualTo(DisplayPolicy.EXCERPT);
  }

  @Test
  void storesAndReadsBackEveryArticleField() {
    Source source = kabar();
    Article original = article(source, "niger", wib(28, 9));
    ArticleRepository.Inserted inserted = store.articles().insert(original);
    assertThat(inserted.created()).isTrue();
    StoredArticle read = store.articles().find(inserted.article().id()).orElseThrow();
    assertThat(read.article()).isEqualTo(original);
    assertThat(read.article().published().orElseThrow().getOffset())
        .isEqualTo(ZoneOffset.ofHours(7));
  }

  @Test
  void anArticleIsStoredOncePerUrl() {
    Source source = kabar();
    Article a = article(source, "sama", wib(28, 9));
    ArticleId id = store.articles().insert(a).article().id();
    ArticleRepository.Inserted again = store.articles().insert(a);
    assertThat(again.created()).isFalse();
    assertThat(again.article().id()).isEqualTo(id);
    assertThat(store.articles().count()).isEqualTo(1);
    assertThat(store.articles().knows(a.url())).isTrue();
    assertThat(store.articles().knows(URI.create("https://kabarnusa.example/lain"))).isFalse();
  }

  @Test
  void anArticleFirstStoredFromAShortLinkMovesToItsCanonicalPageWhenThatArrives() {
    Source source = kabar();
    Article canonicalPage = article(source, "gempa-majene", wib(20, 7));
    Article shortLink =
        Article.builder(source.id(), URI.create("https://kabarnusa.example/read/712131"))
            .canonicalUrl(canonicalPage.url())
            .title(canonicalPage.title())
            .bodyText(canonicalPage.bodyText())
            .published(canonicalPage.published())
            .build();
    ArticleId id = store.articles().insert(shortLink).article().id();
    ArticleRepository.Inserted again = store.articles().insert(canonicalPage);
    assertThat(again.created()).isFalse();
    assertThat(again.article().article().url()).isEqualTo(canonicalPage.url());
    assertThat(store.articles().find(id).orElseThrow().article().url())
        .isEqualTo(canonicalPage.url());
    assertThat(store.articles().findByUrl(shortLink.url()).orElseThrow().id()).isEqualTo(id);
    assertThat(store.articles().count()).isEqualTo(1);
    // the other way round nothing moves: the canonical page stays the article's address
    store.articles().insert(shortLink);
    assertThat(store.articles().find(id).orElseThrow().article().url())
        .isEqualTo(canonicalPage.url());
  }

  @Test
  void listsNewestFirstWithACursor() {
    Source source = kabar();
    for (int day = 1; day <= 7; day++) {
      store.articles().insert(article(source, "hari-" + day, wib(day, 10)));
    }
    Page<StoredArticle> first = store.articles().list(ArticleQuery.latest(3));
    assertThat(first.items())
        .extracting(s -> s.article().title())
        .containsExactly("Judul hari-7", "Judul hari-6", "Judul hari-5");
    List<String> rest = new ArrayList<>();
    Optional<Cursor> next = first.next();
    while (next.isPresent()) {
      Page<StoredArticle> page = store.articles().list(ArticleQuery.latest(3).after(next.get()));
      page.items().forEach(s -> rest.add(s.article().title()));
      next = page.next();
    }
    assertThat(rest)
        .containsExactly("Judul hari-4", "Judul hari-3", "Judul hari-2", "Judul hari-1");
  }

  @Test
  void changeSequenceFollowsInsertsAndStoryAssignments() {
    Source source = kabar();
    ArticleId a = store.articles().insert(article(source, "a", wib(2, 1))).article().id();
    ArticleId b = store.articles().insert(article(source, "b", wib(2, 2))).article().id();
    long before = store.articles().changeSeq();
    StoryId story = store.stories().create("Cerita", a, Instant.now());
    store.articles().setStory(a, story);
    List<ArticleId> changed = new ArrayList<>();
    store.articles().forEachChangedAfter(before, c -> changed.add(c.article().id()));
    assertThat(changed).containsExactly(a);
    List<ArticleId> all = new ArrayList<>();
    store.articles().forEachChangedAfter(0, c -> all.add(c.article().id()));
    assertThat(all).containsExactly(b, a);
  }

  @Test
  void sourcesChangedAfterASequenceNumberAreTheOnesWithNewOrChangedArticles() {
    Source kabar = kabar();
    Source other = other();
    ArticleId a = store.articles().insert(article(kabar, "a", wib(2, 1))).article().id();
    store.articles().insert(article(other, "b", wib(2, 2)));
    assertThat(store.articles().sourcesChangedAfter(0))
        .containsExactlyInAnyOrder(kabar.id(), other.id());
    long before = store.articles().changeSeq();
    assertThat(store.articles().sourcesChangedAfter(before)).isEmpty();
    store.articles().setStory(a, store.stories().create("Cerita", a, Instant.now()));
    assertThat(store.articles().sourcesChangedAfter(before)).containsExactly(kabar.id());
  }

  @Test
  void aKeptFeedIsFoundByItsAddressReplacedAndGoesWithItsSource() {
    Source kabar = kabar();
    Source other = other();
    String rss = "http://127.0.0.1:8080/feeds/source/" + kabar.id().value() + ".rss";
    String atom = "http://127.0.0.1:8080/feeds/source/" + kabar.id().value() + ".atom";
    String otherRss = "http://127.0.0.1:8080/feeds/source/" + other.id().value() + ".rss";
    byte[] gzip = {31, -117, 8, 0, 1, 2, 3};
    assertThat(store.keptFeeds().find(kabar.id(), rss)).isEmpty();
    store
        .keptFeeds()
        .keep(
            List.of(
                new KeptFeedRepository.Entry(kabar.id(), rss, new KeptFeed("s1-5-a", gzip, 900)),
                new KeptFeedRepository.Entry(kabar.id(), atom, new KeptFeed("s1-5-b", gzip, 950)),
                new KeptFeedRepository.Entry(
                    other.id(), otherRss, new KeptFeed("s3-9-c", new byte[] {7}, 1))));
    KeptFeed kept = store.keptFeeds().find(kabar.id(), rss).orElseThrow();
    assertThat(kept.tag()).isEqualTo("s1-5-a");
    assertThat(kept.gzip()).isEqualTo(gzip);
    assertThat(kept.plainLength()).isEqualTo(900);
    assertThat(store.keptFeeds().find(other.id(), rss))
        .as("the address of another source")
        .isEmpty();
    store
        .keptFeeds()
        .keep(
            List.of(
                new KeptFeedRepository.Entry(
                    kabar.id(), rss, new KeptFeed("s2-6-a", new byte[] {1, 2}, 1200))));
    assertThat(store.keptFeeds().find(kabar.id(), rss).orElseThrow().tag()).isEqualTo("s2-6-a");
    assertThat(store.keptFeeds().tags())
        .containsOnly(
            java.util.Map.entry(rss, "s2-6-a"),
            java.util.Map.entry(atom, "s1-5-b"),
            java.util.Map.entry(otherRss, "s3-9-c"));
    store.sources().remove(kabar.id());
    assertThat(store.keptFeeds().tags()).containsOnlyKeys(otherRss);
  }

  @Test
  void keptFeedsOfAnotherSiteAddressCanBeDropped() {
    Source kabar = kabar();
    KeptFeed feed = new KeptFeed("s1-5-a", new byte[] {1}, 1);
    String here = "https://warta.example/feeds/source/" + kabar.id().value() + ".rss";
    List<String> elsewhere =
        List.of(
            "http://127.0.0.1:8080/feeds/source/" + kabar.id().value() + ".rss",
            "https://warta.example.evil/feeds/source/" + kabar.id().value() + ".rss");
    List<KeptFeedRepository.Entry> entries = new ArrayList<>();
    entries.add(new KeptFeedRepository.Entry(kabar.id(), here, feed));
    elsewhere.forEach(a -> entries.add(new KeptFeedRepository.Entry(kabar.id(), a, feed)));
    store.keptFeeds().keep(entries);
    assertThat(store.keptFeeds().retainUnder("https://warta.example")).isEqualTo(2);
    assertThat(store.keptFeeds().tags()).containsOnlyKeys(here);
    assertThat(store.keptFeeds().retainUnder("https://warta.example")).isZero();
  }

  @Test
  void storiesCountTheirSourcesAndLanguagesAndSurviveMerges() {
    Source source = kabar();
    Source other = other();
    ArticleId a = store.articles().insert(article(source, "a", wib(3, 1))).article().id();
    ArticleId b = store.articles().insert(article(other, "b", wib(3, 2))).article().id();
    StoryId s1 = store.stories().create("Satu", a, Instant.now());
    StoryId s2 = store.stories().create("Dua", b, Instant.now());
    store.articles().setStory(a, s1);
    store.articles().setStory(b, s2);
    store.stories().refresh(s1);
    store.stories().merge(s2, s1);
    assertThat(store.stories().find(s2).orElseThrow().id()).isEqualTo(s1);
    assertThat(store.stories().find(s1).orElseThrow().sourceCount()).isEqualTo(2);
    assertThat(store.stories().count()).isEqualTo(1);
  }

  @Test
  void urlStateAndCheckpointsRoundTrip() {
    UrlState state =
        new UrlState(
            "https://kabarnusa.example/rss.xml",
            Optional.of("\"abc\""),
            Optional.empty(),
            Optional.of(Instant.ofEpochMilli(1_800_000_000_000L)),
            "RETRY_AFTER",
            2,
            429,
            Optional.of(Instant.ofEpochMilli(1_799_000_000_000L)));
    store.urlStates().save(state);
    assertThat(store.urlStates().find(state.url())).contains(state);
    Checkpoint cp = new Checkpoint("/tmp/a.warc.gz", 1234, 10, false, Instant.ofEpochMilli(5));
    store.checkpoints().save(cp);
    assertThat(store.checkpoints().find(cp.file())).contains(cp);
  }

  @Test
  void pollingStatusCountsFailuresAndClearsOnSuccess() {
    Source source = kabar();
    Instant now = Instant.parse("2026-11-28T00:00:00Z");
    assertThat(store.sources().due(now)).extracting(Source::id).containsExactly(source.id());
    store.sources().recordPoll(source.id(), now, now.plusSeconds(600), "fetch.timeout: slow");
    store.sources().recordPoll(source.id(), now, now.plusSeconds(600), "fetch.timeout: slow");
    assertThat(store.sources().status(source.id()).consecutiveFailures()).isEqualTo(2);
    assertThat(store.sources().due(now)).isEmpty();
    store.sources().recordPoll(source.id(), now, now.plusSeconds(60), "");
    assertThat(store.sources().status(source.id()).consecutiveFailures()).isZero();
    store.sources().setPaused(source.id(), true);
    assertThat(store.sources().due(now.plusSeconds(3600))).isEmpty();
  }

  @Test
  void removingASourceRemovesItsArticles() {
    Source source = kabar();
    store.articles().insert(article(source, "x", wib(4, 4)));
    assertThat(store.sources().remove(source.id())).isTrue();
    assertThat(store.articles().count()).isZero();
  }

  @Test
  void aSourceGroupsCopiesUntilItOptsOut() {
    Source source = kabar();
    assertThat(source.groupCopies()).isTrue();
    store.sources().setGroupCopies(source.id(), false);
    assertThat(store.sources().find(source.id()).orElseThrow().groupCopies()).isFalse();
    store.sources().setGroupCopies(source.id(), true);
    assertThat(store.sources().find(source.id()).orElseThrow().groupCopies()).isTrue();
  }

  @Test
  void sectionAndSourceCountsFollowInsertsPurgesAndRemovals() {
    Source kabar = kabar();
    Source warta =
        store
            .sources()
            .add(
                NewSource.of(
                    "Warta Kota", URI.create("https://wartakota.example/rss"), SourceKind.FEED));
    store.articles().insert(article(kabar, "a", wib(20, 1)));
    store.articles().insert(article(kabar, "b", wib(20, 2)));
    store.articles().insert(article(kabar, "a", wib(20, 1))); // known: not counted again
    store
        .articles()
        .insert(
            Article.builder(warta.id(), URI.create("https://wartakota.example/c"))
                .title("C")
                .section("Ekonomi")
                .seen(Instant.parse("2026-11-20T00:00:00Z"))
                .build());
    store
        .articles()
        .insert(
            Article.builder(warta.id(), URI.create("https://wartakota.example/d"))
                .title("D")
                .seen(Instant.parse("2026-11-20T00:00:00Z"))
                .build());

    assertThat(store.articles().count()).isEqualTo(4);
    assertThat(store.articles().sections(10))
        .containsExactly(new SectionCount("Internasional", 2), new SectionCount("Ekonomi", 1));
    assertThat(store.sources().statuses().get(kabar.id()).articleCount()).isEqualTo(2);
    assertThat(store.sources().status(warta.id()).articleCount()).isEqualTo(2);

    store.sources().remove(kabar.id());
    assertThat(store.articles().count()).isEqualTo(2);
    assertThat(store.articles().sections(10)).containsExactly(new SectionCount("Ekonomi", 1));
    assertThat(store.sources().statuses().get(warta.id()).articleCount()).isEqualTo(2);
  }

  // --- retention, tombstones, deletions, bulk load, storage (issue 7) ---

  static Article longArticle(Source source, String slug, OffsetDateTime published) {
    String text =
        ("Badan penanggulangan bencana daerah " + slug + " mencatat curah hujan tinggi. ")
            .repeat(8);
    return Article.builder(source.id(), URI.create("https://kabarnusa.example/berita/" + slug))
        .title("Judul " + slug)
        .language(Language.INDONESIAN)
        .published(Optional.of(published))
        .seen(published.toInstant())
        .bodyHtml("<p>" + text + "</p>")
        .bodyText(text)
        .build();
  }

  @Test
  void retentionByAgePurgesOldArticlesAndRemembersThem() {
    Source source = kabar();
    Article old = longArticle(source, "lama", wib(1, 8));
    ArticleId oldId = store.articles().insert(old).article().id();
    store.articles().addUrl(oldId, URI.create("https://m.kabarnusa.example/berita/lama"));
    ArticleId fresh =
        store.articles().insert(longArticle(source, "baru", wib(20, 8))).article().id();
    long before = store.articles().changeSeq();

    Purged purged =
        store
            .retention()
            .purge(
                RetentionPolicy.keepAll().withMaxAge(java.time.Duration.ofDays(10)),
                Instant.parse("2026-11-25T00:00:00Z"),
                p -> {});

    assertThat(purged.articles()).isEqualTo(1);
    assertThat(store.articles().find(oldId)).isEmpty();
    assertThat(store.articles().find(fresh)).isPresent();
    assertThat(store.articles().knows(URI.create("https://m.kabarnusa.example/berita/lama")))
        .isTrue();
    assertThat(store.retention().isPurged(old)).isTrue();
    Article sameTextElsewhere =
        Article.builder(source.id(), URI.create("https://kabarnusa.example/salinan"))
            .title("Salinan")
            .bodyText(old.bodyText().toUpperCase(java.util.Locale.ROOT) + " ")
            .build();
    assertThat(store.retention().isPurged(sameTextElsewhere)).isTrue();
    assertThat(store.retention().isPurged(store.articles().find(fresh).orElseThrow().article()))
        .isFalse();
    assertThat(store.articles().deletedBetween(before, store.articles().changeSeq()))
        .containsExactly(oldId);
    assertThat(store.retention().tombstones()).isEqualTo(1);
  }

  @Test
  void retentionBySizeKeepsTheNewestThatFitPerSource() {
    Source source = kabar();
    Source other = other();
    List<ArticleId> ids = new ArrayList<>();
    for (int day = 1; day <= 5; day++) {
      ids.add(store.articles().insert(longArticle(source, "s" + day, wib(day, 9))).article().id());
    }
    ArticleId otherOld =
        store.articles().insert(longArticle(other, "o1", wib(1, 1))).article().id();
    long each = store.storageReport().articleTextBytes() / 6;

    store
        .retention()
        .purge(
            RetentionPolicy.keepAll().withMaxBytes(each * 2 + each / 2).forSource(source.id()),
            Instant.parse("2026-11-25T00:00:00Z"),
            p -> {});

    assertThat(store.articles().find(ids.get(4))).isPresent();
    assertThat(store.articles().find(ids.get(3))).isPresent();
    assertThat(ids.subList(0, 3)).allSatisfy(id -> assertThat(store.articles().find(id)).isEmpty());
    assertThat(store.articles().find(otherOld)).isPresent();
  }

  @Test
  void purgingTheLastArticlesOfAStoryRemovesItAndRecountsTheRest() {
    Source source = kabar();
    ArticleId a = store.articles().insert(longArticle(source, "a", wib(1, 1))).article().id();
    ArticleId b = store.articles().insert(longArticle(source, "b", wib(22, 1))).article().id();
    StoryId gone = store.stories().create("Lama", a, Instant.now());
    StoryId kept = store.stories().create("Campur", a, Instant.now());
    store.articles().setStory(a, kept);
    store.articles().setStory(b, kept);
    ArticleId c = store.articles().insert(longArticle(source, "c", wib(2, 1))).article().id();
    store.articles().setStory(c, gone);
    store.stories().refresh(kept);
    store.stories().refresh(gone);

    Purged purged =
        store
            .retention()
            .purge(
                RetentionPolicy.keepAll().withMaxAge(java.time.Duration.ofDays(5)),
                Instant.parse("2026-11-25T00:00:00Z"),
                p -> {});

    assertThat(purged.articles()).isEqualTo(2);
    assertThat(purged.stories()).isEqualTo(1);
    assertThat(store.stories().find(gone)).isEmpty();
    Story left = store.stories().find(kept).orElseThrow();
    assertThat(left.articleCount()).isEqualTo(1);
    assertThat(left.lead()).isEqualTo(b);
  }

  @Test
  void removingASourceLogsTheDeletionsForTheIndex() {
    Source source = kabar();
    ArticleId a = store.articles().insert(article(source, "x", wib(4, 4))).article().id();
    long before = store.articles().changeSeq();
    store.sources().remove(source.id());
    assertThat(store.articles().deletedBetween(before, store.articles().changeSeq()))
        .containsExactly(a);
  }

  @Test
  void bulkLoadStoresBatchesWithStoriesAndSkipsKnownUrls() {
    Source source = kabar();
    ArticleId first = store.articles().insert(article(source, "ada", wib(1, 1))).article().id();
    StoryId story = store.stories().create("Cerita", first, Instant.now());
    List<Optional<ArticleId>> ids =
        store
            .bulk()
            .insert(
                List.of(
                    article(source, "ada", wib(1, 1)),
                    article(source, "b1", wib(2, 1)),
                    article(source, "b2", wib(3, 1))),
                List.of(Optional.of(story), Optional.of(story), Optional.empty()));
    store.bulk().refreshStories(List.of(story));
    StoryId second =
        store
            .bulk()
            .createStories(
                List.of(new BulkLoad.NewStory("Dua", ids.get(2).orElseThrow(), Instant.EPOCH)))
            .getFirst();
    store.bulk().refreshStories(List.of(story, second));

    assertThat(store.stories().find(second).orElseThrow().languages())
        .containsExactly(Language.INDONESIAN);
    assertThat(store.articles().find(ids.get(2).orElseThrow()).orElseThrow().story())
        .contains(second);
    assertThat(ids.get(0)).isEmpty();
    assertThat(ids.get(1)).isPresent();
    assertThat(store.articles().count()).isEqualTo(3);
    assertThat(store.articles().find(ids.get(1).orElseThrow()).orElseThrow().story())
        .contains(story);
    assertThat(store.stories().find(story).orElseThrow().articleCount()).isEqualTo(1);
    List<Long> seqs = new ArrayList<>();
    store.articles().forEachChangedAfter(0, ch -> seqs.add(ch.seq()));
    assertThat(seqs).doesNotHaveDuplicates().hasSize(3).isSorted();
  }

  @Test
  void storageReportMeasuresArticlesAndBytes() {
    Source source = kabar();
    Article a = article(source, "ukur", wib(5, 5));
    store.articles().insert(a);
    StorageReport report = store.storageReport();
    assertThat(report.articles()).isEqualTo(1);
    assertThat(report.databaseBytes()).isPositive();
    assertThat(report.articleTextBytes())
        .isGreaterThan((long) a.bodyHtml().length() + a.bodyText().length() + a.title().length());
    assertThat(report.textBytesPerArticle()).isEqualTo(report.articleTextBytes());
  }

  @Test
  void storiesTakeTheIdsTheClustererChooses() {
    Source source = kabar();
    ArticleId a = store.articles().insert(article(source, "a", wib(5, 1))).article().id();
    assertThat(store.stories().maxId()).isZero();
    assertThat(store.stories().ensure(new StoryId(42), "Gempa", a, Instant.EPOCH)).isTrue();
    assertThat(store.stories().ensure(new StoryId(42), "Other", a, Instant.EPOCH)).isFalse();
    assertThat(store.stories().find(new StoryId(42)).orElseThrow().title()).isEqualTo("Gempa");
    assertThat(store.stories().maxId()).isEqualTo(42);
  }

  @Test
  void duplicateGroupsMergeAndTheReplaySeesArticlesInArrivalOrder() {
    Source source = kabar();
    ArticleId a = store.articles().insert(article(source, "a", wib(6, 1))).article().id();
    ArticleId b = store.articles().insert(article(source, "b", wib(6, 2))).article().id();
    ArticleId c = store.articles().insert(article(source, "c", wib(6, 3))).article().id();
    store.articles().setDuplicateGroup(a, a.value());
    store.articles().setDuplicateGroup(b, b.value());
    store.articles().setDuplicateGroup(c, b.value());
    store.articles().setDuplicateCredit(b.value(), DuplicateCredit.toAgency("AFP", "WIRE_CREDIT"));
    store.articles().moveDuplicateGroup(b.value(), a.value());
    assertThat(store.articles().inDuplicateGroup(a.value(), 10))
        .extracting(StoredArticle::id)
        .containsExactlyInAnyOrder(a, b, c);
    assertThat(store.articles().duplicateCredit(b.value())).isEmpty();
    List<ArticleId> replayed = new ArrayList<>();
    store.articles().forEachSeenSince(Instant.EPOCH, x -> replayed.add(x.id()));
    assertThat(replayed).containsExactly(a, b, c);
    store
        .articles()
        .forEachSeenSince(Instant.parse("2030-01-01T00:00:00Z"), x -> replayed.add(x.id()));
    assertThat(replayed).hasSize(3);
    assertThat(store.articles().latestSeen()).contains(Instant.parse("2026-11-28T03:00:00Z"));
  }
}
