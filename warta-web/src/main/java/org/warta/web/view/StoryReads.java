package org.warta.web.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.core.Story;
import org.warta.core.StoryId;
import org.warta.store.ArticleQuery;
import org.warta.store.ArticleSummary;
import org.warta.store.Cursor;
import org.warta.store.Page;
import org.warta.store.Store;

/** Builds the story page from the story's articles. */
public final class StoryReads {
  /** The most articles a timeline shows (the newest ones when a story has more). */
  public static final int MAX_TIMELINE = 500;

  private final Store store;
  private final Cards cards;

  public StoryReads(Store store, Cards cards) {
    this.store = store;
    this.cards = cards;
  }

  /** The story, following merges to the surviving story. */
  public Optional<Story> story(StoryId id) {
    return store.stories().find(id);
  }

  public StoryView view(Story story) {
    List<ArticleSummary> newest = newest(story.id());
    boolean truncated = newest.size() > MAX_TIMELINE;
    List<ArticleSummary> oldestFirst =
        new ArrayList<>(newest.subList(0, Math.min(newest.size(), MAX_TIMELINE)));
    java.util.Collections.reverse(oldestFirst);
    List<StoryView.Entry> timeline = new ArrayList<>();
    Set<Long> groupsSeen = new HashSet<>();
    Map<Long, StoryView.SourceCoverage> sources = new LinkedHashMap<>();
    Map<String, Integer> languages = new LinkedHashMap<>();
    List<Instant> times = new ArrayList<>();
    for (ArticleSummary s : oldestFirst) {
      ArticleCard card = cards.card(s);
      boolean copy = s.duplicateGroup().map(g -> !groupsSeen.add(g)).orElse(false);
      timeline.add(new StoryView.Entry(card, copy));
      sources.merge(
          card.sourceId(),
          new StoryView.SourceCoverage(card.sourceId(), card.sourceName(), 1, card.time()),
          (a, b) ->
              new StoryView.SourceCoverage(a.sourceId(), a.name(), a.articles() + 1, a.first()));
      languages.merge(card.language(), 1, Integer::sum);
      times.add(card.time());
    }
    List<StoryView.LanguageCount> langs =
        languages.entrySet().stream()
            .map(e -> new StoryView.LanguageCount(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(StoryView.LanguageCount::articles).reversed())
            .toList();
    List<StoryView.SourceCoverage> bySource =
        sources.values().stream()
            .sorted(Comparator.comparing(StoryView.SourceCoverage::first))
            .toList();
    ArticleCard first = timeline.isEmpty() ? leadCard(story) : timeline.getFirst().card();
    return new StoryView(story, timeline, truncated, bySource, langs, first, times);
  }

  private ArticleCard leadCard(Story story) {
    return store
        .articles()
        .find(story.lead())
        .map(cards::card)
        .orElseThrow(() -> new IllegalStateException("story " + story.id() + " has no articles"));
  }

  /** Up to {@link #MAX_TIMELINE} + 1 articles of the story, newest first. */
  private List<ArticleSummary> newest(StoryId id) {
    List<ArticleSummary> all = new ArrayList<>();
    Optional<Cursor> after = Optional.empty();
    do {
      ArticleQuery q = ArticleQuery.latest(ArticleQuery.MAX_LIMIT).in(id);
      Page<ArticleSummary> page =
          store.articles().summaries(after.isPresent() ? q.after(after.get()) : q);
      all.addAll(page.items());
      after = page.next();
    } while (after.isPresent() && all.size() <= MAX_TIMELINE);
    return all;
  }
}
