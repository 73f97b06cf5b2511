package org.warta.web.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.ArticleId;
import org.warta.core.DisplayPolicy;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;
import org.warta.core.Story;
import org.warta.core.StoryId;
import org.warta.search.SearchIndex;
import org.warta.search.SearchQuery;
import org.warta.search.SearchResults;
import org.warta.store.ArticleQuery;
import org.warta.store.Cursor;
import org.warta.store.Page;
import org.warta.store.Store;
import org.warta.web.security.BodySanitizer;

/** The read side of the site: store and index queries turned into view models. */
public final class ReaderQueries {
  private static final int EXCERPT_CHARS = 320;
  private static final Duration TOP_WINDOW = Duration.ofDays(7);

  private final Store store;
  private final SearchIndex index;

  public ReaderQueries(Store store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  public Store store() {
    return store;
  }

  /** A page of the newest articles, optionally of one source. */
  public Page<ArticleCard> latest(Optional<SourceId> source, Optional<Cursor> after, int limit) {
    ArticleQuery q = ArticleQuery.latest(limit);
    if (source.isPresent()) {
      q = q.from(source.get());
    }
    if (after.isPresent()) {
      q = q.after(after.get());
    }
    Page<StoredArticle> page = store.articles().list(q);
    return new Page<>(cards(page.items()), page.next());
  }

  /** Top stories of the week before the newest article, with their lead articles. */
  public List<StoryCard> topStories(int limit) {
    List<StoredArticle> newest = store.articles().list(ArticleQuery.latest(1)).items();
    if (newest.isEmpty()) {
      return List.of();
    }
    Instant since = newest.getFirst().article().sortTime().minus(TOP_WINDOW);
    List<Story> stories = store.stories().top(since, limit);
    Map<Long, ArticleCard> leads = new HashMap<>();
    cards(store.articles().findAll(stories.stream().map(Story::lead).toList()))
        .forEach(c -> leads.put(c.id(), c));
    List<StoryCard> out = new ArrayList<>();
    for (Story s : stories) {
      ArticleCard lead = leads.get(s.lead().value());
      if (lead != null) {
        out.add(new StoryCard(s, lead));
      }
    }
    return out;
  }

  public Optional<ArticleView> article(ArticleId id) {
    Optional<StoredArticle> found = store.articles().find(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredArticle a = found.get();
    Source source = store.sources().find(a.article().source()).orElseThrow();
    boolean full = source.display() == DisplayPolicy.FULL_TEXT;
    Optional<Story> story = a.story().flatMap(s -> store.stories().find(s));
    List<ArticleCard> latest =
        latest(Optional.empty(), Optional.empty(), 8).items().stream()
            .filter(c -> c.id() != id.value())
            .limit(6)
            .toList();
    return Optional.of(
        new ArticleView(
            a,
            source,
            full,
            full ? BodySanitizer.clean(a.article().bodyHtml()) : "",
            excerpt(a.article().bodyText(), full ? EXCERPT_CHARS : EXCERPT_CHARS * 2),
            story,
            latest));
  }

  public Optional<Story> story(StoryId id) {
    return store.stories().find(id);
  }

  /** Every article of a story, oldest first (the timeline). */
  public List<ArticleCard> storyTimeline(StoryId id) {
    List<StoredArticle> all = new ArrayList<>();
    Optional<Cursor> after = Optional.empty();
    do {
      ArticleQuery q = ArticleQuery.latest(ArticleQuery.MAX_LIMIT).in(id);
      Page<StoredArticle> page =
          store.articles().list(after.isPresent() ? q.after(after.get()) : q);
      all.addAll(page.items());
      after = page.next();
    } while (after.isPresent());
    List<ArticleCard> cards = new ArrayList<>(cards(all));
    java.util.Collections.reverse(cards);
    return cards;
  }

  public Optional<Source> source(SourceId id) {
    return store.sources().find(id);
  }

  public List<Source> sources() {
    return store.sources().list();
  }

  /** Search hits as cards, in hit order, with the total count. */
  public SearchPage search(SearchQuery query) {
    SearchResults results = index.search(query);
    List<ArticleId> ids = results.hits().stream().map(SearchResults.Hit::id).toList();
    return new SearchPage(results.total(), cards(store.articles().findAll(ids)));
  }

  /** A page of search results. */
  public record SearchPage(long total, List<ArticleCard> cards) {}

  private List<ArticleCard> cards(List<StoredArticle> articles) {
    Map<SourceId, String> names = new HashMap<>();
    List<ArticleCard> out = new ArrayList<>();
    for (StoredArticle s : articles) {
      var a = s.article();
      String name =
          names.computeIfAbsent(
              a.source(), id -> store.sources().find(id).map(Source::name).orElse(""));
      out.add(
          new ArticleCard(
              s.id().value(),
              a.title(),
              a.source().value(),
              a.siteName().isBlank() ? name : a.siteName(),
              a.sortTime(),
              excerpt(a.description().isBlank() ? a.bodyText() : a.description(), 220),
              a.leadImage().map(i -> i.url().toString()),
              a.language().code()));
    }
    return out;
  }

  /** The first paragraphs of a text, cut at a word boundary near {@code max} characters. */
  static String excerpt(String text, int max) {
    String flat = text.strip();
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max);
    return flat.substring(0, cut > max / 2 ? cut : max).strip() + " …";
  }
}
