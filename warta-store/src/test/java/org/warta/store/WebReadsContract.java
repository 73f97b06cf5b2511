package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.core.StoredArticle;
import org.warta.core.Story;
import org.warta.core.StoryId;

/**
 * What the web site and its admin read and write in every store (mixed into {@link StoreContract},
 * so it runs on each database): accounts, duplicate groups and their credit, sections, articles per
 * hour, active stories and source statuses.
 */
interface WebReadsContract {
  Store store();

  private Source source(String name) {
    return store()
        .sources()
        .add(
            NewSource.of(
                name,
                URI.create("https://" + name.toLowerCase().replace(' ', '-') + ".example/rss"),
                SourceKind.FEED));
  }

  private static OffsetDateTime at(int day, int hour) {
    return OffsetDateTime.of(2026, 11, day, hour, 0, 0, 0, ZoneOffset.ofHours(7));
  }

  private ArticleId put(Source s, String slug, OffsetDateTime published, String section) {
    Article a =
        StoreContract.article(s, slug, published).toBuilder()
            .canonicalUrl(URI.create(s.homeUrl() + slug))
            .section(section)
            .seen(published.toInstant().plusSeconds(600))
            .build();
    return store().articles().insert(a).article().id();
  }

  @Test
  default void usersAreUniqueByNameAndKeepOnlyTheHash() {
    var accounts = store().accounts();
    var user = accounts.addUser("redaksi", "pbkdf2-sha256$600000$c2FsdA$aGFzaA", true);
    assertThat(accounts.findUser("redaksi")).contains(user);
    assertThat(accounts.findUser(user.id()).orElseThrow().admin()).isTrue();
    assertThatThrownBy(() -> accounts.addUser("redaksi", "x", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("redaksi");
    accounts.setPassword(user.id(), "pbkdf2-sha256$600000$bmV3$bmV3");
    assertThat(accounts.findUser("redaksi").orElseThrow().passwordHash()).endsWith("bmV3");
    assertThat(accounts.users())
        .extracting(AccountRepository.User::name)
        .containsExactly("redaksi");
  }

  @Test
  default void sessionsEndWhenTheyExpire() {
    var accounts = store().accounts();
    long user = accounts.addUser("admin", "h", true).id();
    Instant now = Instant.parse("2026-11-28T03:00:00Z");
    accounts.addSession(
        new AccountRepository.Session("t1", user, "csrf1", now, now.plusSeconds(3600)));
    accounts.addSession(
        new AccountRepository.Session("t2", user, "csrf2", now, now.plusSeconds(60)));
    assertThat(accounts.findSession("t1", now.plusSeconds(120)).orElseThrow().csrf())
        .isEqualTo("csrf1");
    assertThat(accounts.findSession("t2", now.plusSeconds(120))).isEmpty();
    assertThat(accounts.removeExpiredSessions(now.plusSeconds(120))).isEqualTo(1);
    accounts.removeSession("t1");
    assertThat(accounts.findSession("t1", now)).isEmpty();
  }

  @Test
  default void apiKeysAreFoundByHashUntilRevoked() {
    var accounts = store().accounts();
    var key = accounts.addApiKey("importer", "hash-1", "wk_ab12");
    assertThat(accounts.findApiKey("hash-1")).contains(key);
    accounts.touchApiKey(key.id(), Instant.parse("2026-11-28T03:00:00Z"));
    assertThat(accounts.apiKeys().getFirst().lastUsed())
        .contains(Instant.parse("2026-11-28T03:00:00Z"));
    assertThat(accounts.revokeApiKey(key.id())).isTrue();
    assertThat(accounts.revokeApiKey(key.id())).isFalse();
    assertThat(accounts.findApiKey("hash-1")).isEmpty();
    assertThat(accounts.apiKeys().getFirst().revoked()).isTrue();
  }

  @Test
  default void feedListsCarryWhatAFeedEntryShows() {
    Source a = source("Warta Pesisir");
    String body = "Nelayan 🐟 kembali melaut setelah badai reda. ".repeat(40);
    Article noDescription =
        StoreContract.article(a, "melaut", at(28, 9)).toBuilder()
            .description("  ")
            .bodyHtml("<p>" + body + "</p>")
            .bodyText(body)
            .build();
    store().articles().insert(noDescription);
    ArticleId described = put(a, "pasar-ikan", at(28, 10), "Ekonomi");
    store()
        .articles()
        .setStory(
            described, store().stories().create("Pasar ikan", described, at(28, 10).toInstant()));
    ArticleQuery two = ArticleQuery.latest(2).from(a.id());

    Page<StoredArticle> whole = store().articles().list(two);
    for (boolean withHtml : new boolean[] {false, true}) {
      Page<StoredArticle> feed = store().articles().listForFeed(two, 30, withHtml);
      assertThat(feed.next()).isEqualTo(whole.next());
      assertThat(feed.items()).hasSameSizeAs(whole.items());
      for (int i = 0; i < whole.items().size(); i++) {
        StoredArticle w = whole.items().get(i);
        StoredArticle f = feed.items().get(i);
        Article stored = w.article();
        assertThat(f.id()).isEqualTo(w.id());
        assertThat(f.story()).as("a feed entry shows no story").isEmpty();
        assertThat(f.duplicateGroup()).isEmpty();
        assertThat(f.article().bodyHtml()).isEqualTo(withHtml ? stored.bodyHtml() : "");
        assertThat(f.article().bodyText())
            .as("the start of the text only where there is no description")
            .isEqualTo(
                stored.description().isBlank() ? firstCodePoints(stored.bodyText(), 30) : "");
        assertThat(f.article().related()).isEmpty();
        assertThat(f.article().originalHints()).isEmpty();
        assertThat(f.article().provenance()).isEmpty();
        assertThat(
                f.article().toBuilder()
                    .bodyHtml(stored.bodyHtml())
                    .bodyText(stored.bodyText())
                    .related(stored.related())
                    .originalHints(stored.originalHints())
                    .provenance(stored.provenance())
                    .build())
            .isEqualTo(stored);
      }
      assertThat(feed.items().getLast().article().bodyText()).contains("🐟").hasSize(30 + 1);
    }
    assertThat(whole.items().getFirst().story()).as("the story is stored").isPresent();
    ArticleQuery newest = ArticleQuery.latest(1).from(a.id());
    assertThat(store().articles().listForFeed(newest, 5_000, false).items())
        .extracting(StoredArticle::id)
        .containsExactlyElementsOf(
            store().articles().list(newest).items().stream().map(StoredArticle::id).toList());
  }

  private static String firstCodePoints(String text, int n) {
    return text.substring(
        0, text.offsetByCodePoints(0, Math.min(n, text.codePointCount(0, text.length()))));
  }

  @Test
  default void aSourceVersionChangesWithAnyChangeOfItsArticlesOnly() {
    Source a = source("Warta Pesisir");
    Source b = source("Kabar Nusa");
    assertThat(store().articles().sourceVersion(a.id())).isEqualTo(new SourceVersion(0, 0));
    ArticleId first = put(a, "melaut", at(28, 9), "Ekonomi");
    SourceVersion one = store().articles().sourceVersion(a.id());
    assertThat(one.articles()).isEqualTo(1);
    assertThat(store().articles().sourceVersion(a.id())).as("nothing changed").isEqualTo(one);

    put(b, "pasar", at(28, 10), "Ekonomi");
    assertThat(store().articles().sourceVersion(a.id()))
        .as("another source's article")
        .isEqualTo(one);

    put(a, "badai", at(28, 11), "Cuaca");
    SourceVersion two = store().articles().sourceVersion(a.id());
    assertThat(two.articles()).isEqualTo(2);
    assertThat(two.lastChange()).isGreaterThan(one.lastChange());

    store().articles().setDuplicateGroup(first, 77);
    SourceVersion edited = store().articles().sourceVersion(a.id());
    assertThat(edited.articles()).isEqualTo(2);
    assertThat(edited.lastChange()).as("an older article edited").isGreaterThan(two.lastChange());

    store()
        .retention()
        .purge(
            RetentionPolicy.keepAll().withMaxAge(java.time.Duration.ofHours(1)),
            at(28, 11).toInstant().plusSeconds(600 + 1800),
            p -> {});
    SourceVersion purged = store().articles().sourceVersion(a.id());
    assertThat(purged.articles()).as("the older article purged").isEqualTo(1);
    assertThat(purged).isNotEqualTo(edited);
  }

  @Test
  default void listsReadSummariesThatAgreeWithTheWholeArticles() {
    Source a = source("Kabar Nusa");
    // a long body with characters outside the basic plane: the databases cut at 1,000 characters
    String body = "Banjir 🌊 melanda Bekasi. ".repeat(80);
    Article longOne =
        StoreContract.article(a, "panjang", at(28, 9)).toBuilder()
            .description("")
            .bodyText(body)
            .build();
    ArticleId first = store().articles().insert(longOne).article().id();
    ArticleId second = put(a, "pendek", at(28, 10), "Nasional");
    ArticleId third = put(a, "lain", at(28, 11), "Nasional");
    store().articles().setDuplicateGroup(first, first.value());
    store().articles().setDuplicateGroup(second, first.value());

    List<StoredArticle> whole = store().articles().list(ArticleQuery.latest(2)).items();
    Page<ArticleSummary> page = store().articles().summaries(ArticleQuery.latest(2));
    assertThat(page.items())
        .containsExactlyElementsOf(whole.stream().map(ArticleSummary::of).toList());
    assertThat(page.next()).isEqualTo(store().articles().list(ArticleQuery.latest(2)).next());
    assertThat(
            store()
                .articles()
                .summaries(ArticleQuery.latest(2).after(page.next().orElseThrow()))
                .items())
        .extracting(ArticleSummary::id)
        .containsExactly(first);

    List<ArticleSummary> found =
        store().articles().summaries(List.of(first, third, new ArticleId(999_999)));
    assertThat(found).extracting(ArticleSummary::id).containsExactly(first, third);
    ArticleSummary summary = found.getFirst();
    assertThat(summary.bodyStart().codePointCount(0, summary.bodyStart().length()))
        .isEqualTo(ArticleSummary.BODY_START);
    assertThat(body).startsWith(summary.bodyStart());
    assertThat(summary.leadImage()).isEqualTo(longOne.leadImage());
    assertThat(summary.sortTime()).isEqualTo(longOne.sortTime());
    assertThat(store().articles().summaries(List.of(first), 5_000).getFirst().bodyStart())
        .isEqualTo(body);
    // lists read a body only to stand in for a missing description; snippets read it anyway
    ArticleSummary described = found.getLast();
    assertThat(described.description()).isNotBlank();
    assertThat(described.bodyStart()).isEmpty();
    String thirdBody = store().articles().find(third).orElseThrow().article().bodyText();
    assertThat(thirdBody).isNotEmpty();
    assertThat(store().articles().summaries(List.of(third), 5_000).getFirst().bodyStart())
        .isEqualTo(thirdBody);

    assertThat(store().articles().summariesInDuplicateGroup(first.value(), 10))
        .extracting(ArticleSummary::id)
        .containsExactly(first, second);
  }

  @Test
  default void duplicateGroupsListTheirCopiesEarliestFirstWithTheirCredit() {
    Source a = source("Kabar Nusa");
    Source b = source("Suara Borneo");
    ArticleId copy = put(b, "salinan", at(28, 11), "Nasional");
    ArticleId original = put(a, "asli", at(28, 9), "Nasional");
    put(a, "lain", at(28, 10), "Nasional");
    store().articles().setDuplicateGroup(copy, original.value());
    store().articles().setDuplicateGroup(original, original.value());
    assertThat(store().articles().inDuplicateGroup(original.value(), 10))
        .extracting(StoredArticle::id)
        .containsExactly(original, copy);
    assertThat(store().articles().duplicateCredit(original.value())).isEmpty();

    store()
        .articles()
        .setDuplicateCredit(
            original.value(), DuplicateCredit.toArticle(original, "AFP", "WIRE_CREDIT"));
    assertThat(store().articles().duplicateCredit(original.value()))
        .contains(DuplicateCredit.toArticle(original, "AFP", "WIRE_CREDIT"));
    DuplicateCredit page =
        DuplicateCredit.toPage(URI.create("https://kba.example/1"), "EXPLICIT_SIGNAL");
    store().articles().setDuplicateCredit(original.value(), page);
    assertThat(store().articles().duplicateCredit(original.value())).contains(page);
    assertThatThrownBy(
            () -> new DuplicateCredit(Optional.empty(), "", Optional.empty(), "", "EARLIEST"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  default void sectionsAreCountedAndPagedNewestFirst() {
    Source a = source("Kabar Nusa");
    ArticleId first = put(a, "n1", at(27, 8), "Nasional");
    ArticleId second = put(a, "n2", at(27, 9), "Nasional");
    ArticleId third = put(a, "n3", at(27, 10), "Nasional");
    put(a, "e1", at(27, 11), "Ekonomi");
    put(a, "x1", at(27, 12), "");
    assertThat(store().articles().sections(10))
        .containsExactly(new SectionCount("Nasional", 3), new SectionCount("Ekonomi", 1));
    Page<StoredArticle> page = store().articles().inSection("Nasional", Optional.empty(), 2);
    assertThat(page.items()).extracting(StoredArticle::id).containsExactly(third, second);
    Page<StoredArticle> rest = store().articles().inSection("Nasional", page.next(), 2);
    assertThat(rest.items()).extracting(StoredArticle::id).containsExactly(first);
    assertThat(rest.next()).isEmpty();
  }

  @Test
  default void articlesSeenAreCountedPerHour() {
    Source a = source("Kabar Nusa");
    put(a, "h1", at(28, 9), "");
    put(a, "h2", at(28, 9).plusMinutes(20), "");
    put(a, "h3", at(28, 11), "");
    List<HourCount> hours = store().articles().seenPerHour(at(28, 0).toInstant());
    assertThat(hours)
        .containsExactly(
            new HourCount(Instant.parse("2026-11-28T02:00:00Z"), 2),
            new HourCount(Instant.parse("2026-11-28T04:00:00Z"), 1));
    assertThat(store().articles().seenPerHour(at(28, 10).toInstant())).hasSize(1);
  }

  @Test
  default void activeStoriesAreListedByLastActivityWithRecentCounts() {
    Source a = source("Kabar Nusa");
    Source b = source("Ledger");
    ArticleId a1 = put(a, "s1", at(26, 9), "");
    ArticleId a2 = put(b, "s2", at(28, 9), "");
    ArticleId b1 = put(a, "t1", at(27, 9), "");
    StoryId old = store().stories().create("Banjir", a1, at(26, 9).toInstant());
    StoryId recent = store().stories().create("Gempa", b1, at(27, 9).toInstant());
    store().articles().setStory(a1, old);
    store().articles().setStory(a2, old);
    store().articles().setStory(b1, recent);
    store().stories().refresh(old);
    store().stories().refresh(recent);
    assertThat(store().stories().active(at(27, 0).toInstant(), 10))
        .extracting(Story::id)
        .containsExactly(old, recent);
    assertThat(store().stories().articlesSince(List.of(old, recent), at(28, 0).toInstant()))
        .containsEntry(old, 1)
        .doesNotContainKey(recent);
    Page<Story> first = store().stories().list(Optional.empty(), 1);
    assertThat(first.items()).extracting(Story::id).containsExactly(old);
    Page<Story> second = store().stories().list(first.next(), 1);
    assertThat(second.items()).extracting(Story::id).containsExactly(recent);
    assertThat(second.next()).isEmpty();
    store().stories().merge(recent, old);
    assertThat(store().stories().list(Optional.empty(), 10).items())
        .extracting(Story::id)
        .containsExactly(old);
  }

  @Test
  default void statusesOfAllSourcesComeInOneRead() {
    Source a = source("Kabar Nusa");
    Source b = source("Ledger");
    put(a, "p1", at(28, 9), "");
    put(a, "p2", at(28, 10), "");
    store()
        .sources()
        .recordPoll(
            b.id(),
            Instant.parse("2026-11-28T03:00:00Z"),
            Instant.parse("2026-11-28T03:30:00Z"),
            "HTTP 503");
    var statuses = store().sources().statuses();
    assertThat(statuses.get(a.id()).articleCount()).isEqualTo(2);
    assertThat(statuses.get(b.id()).articleCount()).isZero();
    assertThat(statuses.get(b.id()).lastError()).isEqualTo("HTTP 503");
    assertThat(statuses.get(b.id()).consecutiveFailures()).isEqualTo(1);
    assertThat(statuses.get(a.id())).isEqualTo(store().sources().status(a.id()));
  }
}
