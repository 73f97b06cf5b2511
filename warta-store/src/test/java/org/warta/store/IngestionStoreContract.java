package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.core.StoredArticle;

/**
 * What ingestion (issue 4) needs from every store: folders of sources, learned URL templates,
 * WebSub subscriptions, streaming every article, resetting a source's status. Each database gets a
 * subclass that opens a fresh, empty store.
 */
abstract class IngestionStoreContract {
  static final Instant T0 = Instant.parse("2026-11-28T03:00:00Z");

  Store store;

  abstract Store openEmptyStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openEmptyStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  Source source(String name, String url, SourceKind kind) {
    return store.sources().add(NewSource.of(name, URI.create(url), kind));
  }

  @Test
  void foldersAreKeptPerSourceAndGoWithIt() {
    Source kabar = source("Kabar", "https://kabar.example/rss", SourceKind.FEED);
    Source warta = source("Warta", "https://warta.example/rss", SourceKind.FEED);
    store.folders().setFolders(kabar.id(), List.of("Berita", "Daerah"));
    assertThat(store.folders().folders(kabar.id())).containsExactly("Berita", "Daerah");
    assertThat(store.folders().folders(warta.id())).isEmpty();
    store.folders().setFolders(kabar.id(), List.of("Nasional"));
    assertThat(store.folders().all()).containsOnlyKeys(kabar.id());
    assertThat(store.folders().all().get(kabar.id())).containsExactly("Nasional");
    store.folders().setFolders(kabar.id(), List.of());
    assertThat(store.folders().all()).isEmpty();
    store.folders().setFolders(warta.id(), List.of("Luar negeri"));
    store.sources().remove(warta.id());
    assertThat(store.folders().all()).isEmpty();
  }

  @Test
  void urlPatternCountsAddUp() {
    Source section =
        source("Kabar ekonomi", "https://kabar.example/ekonomi", SourceKind.SECTION_PAGE);
    store.urlPatterns().record(section.id(), "w/Y/M/D/S", 12, 3, 0, T0);
    store.urlPatterns().record(section.id(), "w/Y/M/D/S", 10, 2, 1, T0.plusSeconds(60));
    store.urlPatterns().record(section.id(), "w/w", 4, 0, 2, T0);
    List<UrlPatternStat> learned = store.urlPatterns().patterns(section.id());
    assertThat(learned).extracting(UrlPatternStat::template).containsExactly("w/Y/M/D/S", "w/w");
    UrlPatternStat dated = learned.getFirst();
    assertThat(dated.listed()).isEqualTo(22);
    assertThat(dated.articles()).isEqualTo(5);
    assertThat(dated.misses()).isEqualTo(1);
    assertThat(dated.judged()).isEqualTo(6);
    assertThat(dated.updated()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void aWebSubSubscriptionIsSavedReplacedAndDeleted() {
    Source feed = source("Kabar", "https://kabar.example/rss", SourceKind.FEED);
    WebSubSubscription requested =
        new WebSubSubscription(
            feed.id(),
            URI.create("https://hub.example/"),
            URI.create("https://kabar.example/rss"),
            "s3cret",
            WebSubSubscription.State.REQUESTED,
            T0,
            Optional.empty(),
            Optional.empty(),
            "");
    store.webSub().save(requested);
    assertThat(store.webSub().find(feed.id())).contains(requested);
    WebSubSubscription active =
        requested
            .withState(WebSubSubscription.State.ACTIVE, "")
            .withLease(Optional.of(T0.plusSeconds(86_400)))
            .withLastMessage(T0.plusSeconds(10));
    store.webSub().save(active);
    assertThat(store.webSub().list()).containsExactly(active);
    assertThat(store.webSub().delete(feed.id())).isTrue();
    assertThat(store.webSub().find(feed.id())).isEmpty();
    assertThat(store.webSub().delete(feed.id())).isFalse();
  }

  @Test
  void everyArticleIsStreamedOnceInStoredOrderAcrossBatches() {
    Source kabar = source("Kabar", "https://kabar.example/rss", SourceKind.FEED);
    Source warta = source("Warta", "https://warta.example/rss", SourceKind.FEED);
    int total = 1203; // more than two batches
    for (int i = 0; i < total; i++) {
      Source s = i % 3 == 0 ? warta : kabar;
      store
          .articles()
          .insert(StoreContract.article(s, "nomor-" + i, StoreContract.wib(1 + i % 28, 8)));
    }
    List<StoredArticle> all = new ArrayList<>();
    store.articles().forEachArticle(Optional.empty(), all::add);
    assertThat(all).hasSize(total);
    assertThat(all).extracting(a -> a.id().value()).isSorted().doesNotHaveDuplicates();
    List<StoredArticle> fromWarta = new ArrayList<>();
    store.articles().forEachArticle(Optional.of(warta.id()), fromWarta::add);
    assertThat(fromWarta).hasSize(401).allMatch(a -> a.article().source().equals(warta.id()));
  }

  @Test
  void aPollingHintIsKeptUntilReplaced() {
    Source feed = source("Kabar", "https://kabar.example/rss", SourceKind.FEED);
    assertThat(store.pollHints().hint(feed.id())).isEmpty();
    store.pollHints().setHint(feed.id(), Optional.of(java.time.Duration.ofMinutes(90)));
    assertThat(store.pollHints().hint(feed.id())).contains(java.time.Duration.ofMinutes(90));
    store.pollHints().setHint(feed.id(), Optional.of(java.time.Duration.ofMinutes(10)));
    assertThat(store.pollHints().hint(feed.id())).contains(java.time.Duration.ofMinutes(10));
    store.pollHints().setHint(feed.id(), Optional.empty());
    assertThat(store.pollHints().hint(feed.id())).isEmpty();
  }

  @Test
  void resettingTheStatusClearsFailuresAndMakesTheSourceDue() {
    Source feed = source("Kabar", "https://kabar.example/rss", SourceKind.FEED);
    store.sources().recordPoll(feed.id(), T0, T0.plusSeconds(3600), "boom");
    store.sources().recordPoll(feed.id(), T0, T0.plusSeconds(7200), "boom again");
    assertThat(store.sources().status(feed.id()).consecutiveFailures()).isEqualTo(2);
    store.sources().resetStatus(feed.id(), T0);
    var status = store.sources().status(feed.id());
    assertThat(status.consecutiveFailures()).isZero();
    assertThat(status.lastError()).isEmpty();
    assertThat(status.nextFetch()).contains(T0);
    assertThat(status.lastFetch()).contains(T0);
    assertThat(store.sources().due(T0)).extracting(Source::id).containsExactly(feed.id());
  }
}
