package org.warta.benchgen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.SourceId;
import org.warta.core.StoryId;
import org.warta.sample.publisher.Publisher;
import org.warta.store.BulkLoad;
import org.warta.store.Checkpoint;
import org.warta.store.Store;

/**
 * Writes a synthetic corpus straight into a store (no HTML, no extraction) in batches: the fast way
 * to a store of millions of articles with realistic rows, stories and duplicates. Resumable:
 * progress is kept as an import checkpoint named {@code bench:<articles>:<sources>:<seed>}, so a
 * stopped load continues after the last committed batch.
 */
public final class BenchLoad {
  static final int BATCH = 5_000;

  private BenchLoad() {}

  /** Loads the corpus; returns the number of articles handled (stored or known). */
  public static long load(BenchSettings settings, Store store, LongConsumer progress) {
    String key = "bench:" + settings.articles() + ":" + settings.sources() + ":" + settings.seed();
    long done = store.checkpoints().find(key).map(Checkpoint::records).orElse(0L);
    BenchPlanner planner = BenchPlanner.skipping(settings, done);
    Map<Integer, SourceId> sources = new HashMap<>();
    Map<Long, StoryId> stories = new LinkedHashMap<>(16, 0.75f, true);
    List<BenchArticle> batch = new ArrayList<>(BATCH);
    progress.accept(done);
    while (planner.hasNext()) {
      batch.add(planner.next());
      if (batch.size() == BATCH || !planner.hasNext()) {
        done += write(store, batch, sources, stories);
        store
            .checkpoints()
            .save(new Checkpoint(key, done, done, !planner.hasNext(), Instant.now()));
        batch.clear();
        progress.accept(done);
      }
    }
    return done;
  }

  private static long write(
      Store store,
      List<BenchArticle> batch,
      Map<Integer, SourceId> sources,
      Map<Long, StoryId> stories) {
    List<Article> articles = new ArrayList<>(batch.size());
    List<Optional<StoryId>> storyIds = new ArrayList<>(batch.size());
    for (BenchArticle a : batch) {
      SourceId source =
          sources.computeIfAbsent(
              a.sourceIndex(), i -> store.sources().add(BenchSources.source(a.publisher())).id());
      articles.add(toArticle(a, source));
      storyIds.add(Optional.ofNullable(stories.get(a.story())));
    }
    List<Optional<ArticleId>> ids = store.bulk().insert(articles, storyIds);
    List<BulkLoad.NewStory> opened = new ArrayList<>();
    List<Long> openedNumbers = new ArrayList<>(); // small: a batch opens a few hundred
    Set<StoryId> touched = new LinkedHashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      BenchArticle a = batch.get(i);
      storyIds.get(i).ifPresent(touched::add);
      if (ids.get(i).isPresent()
          && storyIds.get(i).isEmpty()
          && !stories.containsKey(a.story())
          && !openedNumbers.contains(a.story())) {
        opened.add(new BulkLoad.NewStory(a.title(), ids.get(i).get(), a.published().toInstant()));
        openedNumbers.add(a.story());
      }
    }
    List<StoryId> created = store.bulk().createStories(opened);
    for (int i = 0; i < created.size(); i++) {
      stories.put(openedNumbers.get(i), created.get(i));
      touched.add(created.get(i));
    }
    // articles joining a story opened earlier in the same batch
    Set<ArticleId> leads = new java.util.HashSet<>();
    opened.forEach(s -> leads.add(s.lead()));
    Map<ArticleId, StoryId> late = new HashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      StoryId story = stories.get(batch.get(i).story());
      if (ids.get(i).isPresent()
          && storyIds.get(i).isEmpty()
          && !leads.contains(ids.get(i).get())
          && story != null) {
        late.put(ids.get(i).get(), story);
      }
    }
    store.bulk().assignStories(late);
    store.bulk().refreshStories(touched);
    forgetOld(stories);
    return batch.size();
  }

  /** Keeps the story map bounded: stories are joined only while recent. */
  private static void forgetOld(Map<Long, StoryId> stories) {
    var it = stories.entrySet().iterator();
    while (stories.size() > 20_000 && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  static Article toArticle(BenchArticle a, SourceId source) {
    Publisher p = a.publisher();
    StringBuilder html = new StringBuilder();
    for (String para : a.paragraphs()) {
      html.append("<p>").append(escape(para)).append("</p>");
    }
    return Article.builder(source, a.url())
        .canonicalUrl(a.canonical())
        .title(a.title())
        .description(a.description())
        .authors(List.of(a.author()))
        .siteName(p.name())
        .section(p.sectionName(a.section()))
        .language(p.language())
        .published(Optional.of(a.published()))
        .seen(a.published().toInstant().plusSeconds(600))
        .bodyHtml(html.toString())
        .bodyText(a.bodyText())
        .provenance(Map.of("title", "bench"))
        .build();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
