package org.warta.web.search;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.warta.core.ArticleId;
import org.warta.core.StoredArticle;
import org.warta.search.SearchIndex;
import org.warta.search.SearchQuery;
import org.warta.search.SearchResults;
import org.warta.store.ArticleSummary;
import org.warta.store.Store;
import org.warta.web.view.Cards;

/** Runs searches and turns the hits into cards with highlighted snippets. */
public final class SearchReads {
  /** Results per page of the search page. */
  public static final int PAGE_SIZE = 20;

  private final Store store;
  private final SearchIndex index;
  private final Cards cards;

  public SearchReads(Store store, SearchIndex index, Cards cards) {
    this.store = store;
    this.index = index;
    this.cards = cards;
  }

  /** The highest page number a reader can ask for. */
  public static int maxPage() {
    return SearchQuery.MAX_OFFSET / PAGE_SIZE;
  }

  /** Page {@code page} (from 1) of the search. */
  public SearchView page(SearchForm form, ZoneId zone, int page) {
    if (form.isEmpty()) {
      return new SearchView(form, 0, true, List.of(), 1, 0);
    }
    SearchResults results = index.search(form.query(zone, (page - 1) * PAGE_SIZE, PAGE_SIZE));
    // summaries with as much of each body as snippets look at, not whole articles
    List<ArticleSummary> found = store.articles().summaries(ids(results), Snippets.MAX_ANALYZED);
    int pages = (int) Math.min(maxPage(), (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    return new SearchView(
        form, results.total(), results.totalExact(), hits(form.q(), results, found), page, pages);
  }

  /** The matching articles of one query, in hit order, with the total. */
  public Result run(SearchQuery query) {
    SearchResults results = index.search(query);
    return new Result(
        results.total(), results.totalExact(), store.articles().findAll(ids(results)));
  }

  private static List<ArticleId> ids(SearchResults results) {
    return results.hits().stream().map(SearchResults.Hit::id).toList();
  }

  /** What a query found: the total and the stored articles of this page. */
  public record Result(long total, boolean totalExact, List<StoredArticle> articles) {}

  /**
   * Cards with snippets: passages around the matches the index found in each hit's searched text
   * (description and body), so result texts are not analysed again.
   */
  private List<SearchHit> hits(String words, SearchResults results, List<ArticleSummary> found) {
    List<SearchHit> out = new ArrayList<>(found.size());
    Snippets snippets = Snippets.of(words);
    java.util.Map<ArticleId, SearchResults.Hit> byId = new java.util.HashMap<>();
    results.hits().forEach(h -> byId.put(h.id(), h));
    for (ArticleSummary a : found) {
      var card = cards.card(a);
      SearchResults.Hit hit = byId.get(a.id());
      String snippet =
          words.isBlank() || hit == null
              ? ""
              : Snippets.passages(
                  SearchIndex.searchedText(a.description(), a.bodyStart()), hit.matches());
      if (snippet.isEmpty()) {
        snippet = Snippets.escape(card.excerpt());
      }
      out.add(new SearchHit(card, snippets.whole(a.language(), card.title()), snippet));
    }
    return out;
  }
}
