package org.warta.benchgen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.warta.core.ArticleId;
import org.warta.core.Source;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;
import org.warta.store.ArticleQuery;
import org.warta.store.Cursor;
import org.warta.store.Page;
import org.warta.store.Store;

/**
 * Latencies of the store queries behind the reader pages and the JSON API, each run {@code rounds}
 * times with random arguments after a warm-up: the newest articles (home, API list), the home
 * page's story candidates and the API's story ranking, a source's and a story's article list (first
 * and a later page), one article by id and by URL, several by id (search results), and the sections
 * list. Times are wall-clock per call, on whatever else the machine is doing.
 */
public final class QueryBench {
  /** p50/p99/max of one query, in milliseconds. */
  public record Result(String query, int runs, double p50, double p99, double max) {
    public String line() {
      return String.format(
          Locale.ROOT,
          "%-34s runs %5d  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms",
          query,
          runs,
          p50,
          p99,
          max);
    }
  }

  private final Store store;
  private final SplittableRandom random = new SplittableRandom(7);
  private final List<Source> sources;
  private final long maxId;
  private final Instant newest;

  public QueryBench(Store store) {
    this.store = store;
    this.sources = store.sources().list();
    List<StoredArticle> top = store.articles().list(ArticleQuery.latest(1)).items();
    this.maxId = top.isEmpty() ? 0 : top.getFirst().id().value();
    this.newest = top.isEmpty() ? Instant.now() : top.getFirst().article().sortTime();
  }

  /** Runs every query {@code rounds} times (after {@code rounds / 5} unmeasured ones). */
  public List<Result> run(int rounds) {
    if (maxId == 0 || sources.isEmpty()) {
      throw new IllegalStateException("the store is empty: load a corpus first");
    }
    List<Result> out = new ArrayList<>();
    out.add(
        time(
            "articles.list latest 20",
            rounds,
            i -> store.articles().list(ArticleQuery.latest(20))));
    out.add(time("articles.list latest 50 deep", rounds, i -> store.articles().list(deep(50))));
    out.add(
        time(
            "stories.active 48h 200",
            rounds,
            i -> store.stories().active(newest.minus(Duration.ofHours(48)), 200)));
    out.add(time("stories.top all 20 (API)", rounds, i -> store.stories().top(Instant.EPOCH, 20)));
    out.add(
        time(
            "stories.list 20 (API)",
            rounds,
            i -> store.stories().list(java.util.Optional.empty(), 20)));
    out.add(time("stories.list page 2 (API)", rounds, i -> storyListPage2()));
    out.add(
        time(
            "articles.list source 20",
            rounds,
            i -> store.articles().list(ArticleQuery.latest(20).from(source()))));
    out.add(time("articles.list source page 2", rounds, i -> sourcePage2()));
    out.add(time("stories.find + list story 20", rounds, i -> storyPage()));
    out.add(time("articles.find id", rounds, i -> store.articles().find(new ArticleId(id()))));
    out.add(time("articles.findByUrl", rounds, i -> byUrl()));
    out.add(time("articles.findAll 20 ids", rounds, i -> store.articles().findAll(ids(20))));
    out.add(
        time("articles.sections 12", Math.max(5, rounds / 20), i -> store.articles().sections(12)));
    out.add(time("sources.statuses", Math.max(5, rounds / 20), i -> store.sources().statuses()));
    return out;
  }

  private ArticleQuery deep(int limit) {
    long t = newest.toEpochMilli() - random.nextLong(Duration.ofDays(300).toMillis());
    return ArticleQuery.latest(limit).after(new Cursor(t, Long.MAX_VALUE));
  }

  private org.warta.core.SourceId source() {
    return sources.get(random.nextInt(sources.size())).id();
  }

  private long id() {
    return 1 + random.nextLong(maxId);
  }

  private List<ArticleId> ids(int n) {
    List<ArticleId> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArticleId(id()));
    }
    return out;
  }

  private void sourcePage2() {
    Page<StoredArticle> first = store.articles().list(ArticleQuery.latest(20).from(source()));
    first
        .next()
        .ifPresent(
            c ->
                store
                    .articles()
                    .list(
                        ArticleQuery.latest(20)
                            .from(first.items().getFirst().article().source())
                            .after(c)));
  }

  private void storyListPage2() {
    store.stories().list(store.stories().list(java.util.Optional.empty(), 20).next(), 20);
  }

  private void storyPage() {
    Optional<StoryId> story = Optional.empty();
    for (int tries = 0; tries < 5 && story.isEmpty(); tries++) {
      story = store.articles().find(new ArticleId(id())).flatMap(StoredArticle::story);
    }
    story.ifPresent(
        s -> {
          store.stories().find(s);
          store.articles().list(ArticleQuery.latest(20).in(s));
        });
  }

  private void byUrl() {
    store
        .articles()
        .find(new ArticleId(id()))
        .ifPresent(a -> store.articles().findByUrl(a.article().url()));
  }

  private static Result time(String name, int rounds, IntConsumer query) {
    for (int i = 0; i < Math.max(1, rounds / 5); i++) {
      query.accept(i);
    }
    double[] ms = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      query.accept(i);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return new Result(
        name,
        rounds,
        ms[(int) (rounds * 0.50)],
        ms[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.99) - 1)],
        ms[rounds - 1]);
  }
}
