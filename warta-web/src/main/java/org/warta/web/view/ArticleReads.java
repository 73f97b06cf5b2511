package org.warta.web.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.DisplayPolicy;
import org.warta.core.Source;
import org.warta.core.StoredArticle;
import org.warta.core.Story;
import org.warta.search.SearchIndex;
import org.warta.search.SearchResults;
import org.warta.store.ArticleQuery;
import org.warta.store.ArticleSummary;
import org.warta.store.Store;
import org.warta.web.security.BodySanitizer;

/**
 * Builds the article page: the body per the source's display policy (excerpt and link unless the
 * source is set to full text), who first published the text, the other copies, related reads (the
 * story's other coverage, then articles with similar titles) and the latest news.
 */
public final class ArticleReads {
  static final int EXCERPT_CHARS = 700;
  static final int RELATED = 6;
  static final int MAX_COPIES = 50;

  /** Similar titles are looked for among articles this close in time (keeps the search small). */
  static final java.time.Duration SIMILAR_WINDOW = java.time.Duration.ofDays(3);

  private final Store store;
  private final SearchIndex index;
  private final Catalog catalog;
  private final Cards cards;
  private final java.util.function.Supplier<List<ArticleCard>> latest;

  /**
   * @param latest the site's newest articles, newest first (the home page's cached "Terkini" list,
   *     so an article page does not query them again)
   */
  public ArticleReads(
      Store store,
      SearchIndex index,
      Catalog catalog,
      Cards cards,
      java.util.function.Supplier<List<ArticleCard>> latest) {
    this.store = store;
    this.index = index;
    this.catalog = catalog;
    this.cards = cards;
    this.latest = latest;
  }

  public Optional<ArticleView> article(ArticleId id) {
    return neighbours(id)
        .map(
            n -> {
              Article a = n.stored().article();
              boolean full = n.fullText();
              return new ArticleView(
                  n.stored(),
                  n.source(),
                  publisher(a, n.source()),
                  full,
                  full ? BodySanitizer.clean(a.bodyHtml()) : "",
                  Texts.paragraphs(a.bodyText(), EXCERPT_CHARS),
                  Texts.excerpt(a.description().isBlank() ? a.bodyText() : a.description(), 300),
                  n.story(),
                  n.original(),
                  cards.cards(n.copies()),
                  cards.cards(n.related()),
                  latest(n.shown()));
            });
  }

  /**
   * What the API says of an article beside its own fields — publisher, original, copies and related
   * reads, the same as its page shows — without building the page (no body sanitizing, no cards, no
   * latest list).
   */
  public Optional<ArticleLinks> links(ArticleId id) {
    return neighbours(id)
        .map(
            n ->
                new ArticleLinks(
                    n.stored(),
                    publisher(n.stored().article(), n.source()),
                    n.fullText(),
                    n.original(),
                    ids(n.copies()),
                    ids(n.related())));
  }

  /** The article and the articles around it, as both the page and the API show them. */
  private record Neighbours(
      StoredArticle stored,
      Source source,
      boolean fullText,
      Optional<Story> story,
      Optional<OriginalCredit> original,
      List<ArticleSummary> copies,
      List<ArticleSummary> related,
      Set<Long> shown) {}

  private Optional<Neighbours> neighbours(ArticleId id) {
    Optional<StoredArticle> found = store.articles().find(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredArticle s = found.get();
    Article a = s.article();
    Source source =
        catalog.find(a.source()).orElseThrow(() -> new IllegalStateException("no source " + id));
    List<ArticleSummary> group =
        s.duplicateGroup()
            .map(g -> store.articles().summariesInDuplicateGroup(g, MAX_COPIES))
            .orElse(List.of());
    List<ArticleSummary> copies = group.stream().filter(m -> !m.id().equals(id)).toList();
    Optional<Story> story = s.story().flatMap(st -> store.stories().find(st));
    Set<Long> shown = new HashSet<>();
    shown.add(id.value());
    copies.forEach(c -> shown.add(c.id().value()));
    return Optional.of(
        new Neighbours(
            s,
            source,
            source.display() == DisplayPolicy.FULL_TEXT,
            story,
            Originals.of(s, group, store, catalog),
            copies,
            related(s, story, shown),
            shown));
  }

  private static List<Long> ids(List<ArticleSummary> summaries) {
    return summaries.stream().map(m -> m.id().value()).toList();
  }

  static String publisher(Article a, Source source) {
    return a.siteName().isBlank() ? source.name() : a.siteName();
  }

  private List<ArticleSummary> related(StoredArticle s, Optional<Story> story, Set<Long> shown) {
    List<ArticleSummary> out = new ArrayList<>();
    if (story.isPresent()) {
      for (ArticleSummary m :
          store
              .articles()
              .summaries(ArticleQuery.latest(RELATED + shown.size()).in(story.get().id()))
              .items()) {
        if (out.size() < RELATED && shown.add(m.id().value())) {
          out.add(m);
        }
      }
    }
    if (out.size() < RELATED) {
      java.time.Instant t = s.article().sortTime();
      SearchResults hits =
          index.similarTitles(
              s.article().title(),
              s.article().language(),
              t.minus(SIMILAR_WINDOW),
              t.plus(SIMILAR_WINDOW),
              RELATED + shown.size());
      List<ArticleId> ids = new ArrayList<>();
      for (SearchResults.Hit h : hits.hits()) {
        if (ids.size() + out.size() < RELATED && shown.add(h.id().value())) {
          ids.add(h.id());
        }
      }
      out.addAll(store.articles().summaries(ids));
    }
    return out;
  }

  private List<ArticleCard> latest(Set<Long> shown) {
    return latest.get().stream().filter(c -> !shown.contains(c.id())).limit(8).toList();
  }
}
