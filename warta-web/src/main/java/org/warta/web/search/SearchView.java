package org.warta.web.search;

import java.util.List;

/**
 * A page of search results: the form that asked, the total of matching articles, this page's hits
 * and its number (from 1) among {@code pages}.
 *
 * @param totalExact whether {@code total} is exact; else it is a lower bound ("1,000+ results")
 */
public record SearchView(
    SearchForm form, long total, boolean totalExact, List<SearchHit> hits, int page, int pages) {
  public SearchView {
    hits = List.copyOf(hits);
  }

  /** The link to another page of the same search. */
  public String pageHref(int n) {
    String qs = form.queryString();
    return "/search?" + qs + (qs.isEmpty() ? "" : "&") + "page=" + n;
  }
}
