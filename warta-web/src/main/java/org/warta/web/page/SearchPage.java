package org.warta.web.page;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.warta.web.i18n.Ui;
import org.warta.web.search.SearchForm;
import org.warta.web.search.SearchReads;
import org.warta.web.search.SearchView;
import org.warta.web.view.Catalog;

/**
 * {@code /search}: full text with filters (source, language, date range, story), highlighted
 * snippets and numbered pages; every search also has its own feeds.
 */
public final class SearchPage {
  /**
   * With more sources than this, the source filter is an id field (set from a source's page)
   * instead of a menu, so the page stays small.
   */
  static final int MAX_SOURCE_MENU = 300;

  private final SearchReads reads;
  private final Catalog catalog;
  private final Views views;

  public SearchPage(SearchReads reads, Catalog catalog, Views views) {
    this.reads = reads;
    this.catalog = catalog;
    this.views = views;
  }

  public void show(Context ctx) {
    Ui ui = views.ui(ctx);
    List<org.warta.core.Source> sources = catalog.all();
    SearchForm.Parsed parsed = SearchForm.read(ctx::queryParam);
    if (parsed.form().isEmpty()) {
      throw new BadRequestResponse(
          parsed.problems().stream()
              .map(p -> "'" + p.parameter() + "' " + p.reason())
              .collect(Collectors.joining("; ")));
    }
    SearchForm form = parsed.form().get();
    int page = Params.intParam(ctx, "page", 1, 1, SearchReads.maxPage());
    SearchView view = reads.page(form, ui.zone(), page);
    List<FeedLink> feeds = new ArrayList<>();
    feeds.add(HomePage.latestFeed(ui));
    if (!form.isEmpty()) {
      feeds.add(new FeedLink(ui.t("feed.search", form.q()), "/feeds/search", form.queryString()));
    }
    String title = form.q().isBlank() ? ui.t("search.title") : ui.t("search.title.q", form.q());
    PageMeta meta = PageMeta.of(title, ui.t("search.title"), feeds).hidden();
    views.render(
        ctx,
        "search.jte",
        ui,
        meta,
        Map.of(
            "view",
            view,
            "sources",
            sources.size() <= MAX_SOURCE_MENU ? sources : List.of(),
            "sourceName",
            form.source().flatMap(catalog::find).map(org.warta.core.Source::name).orElse(""),
            "feeds",
            feeds,
            "now",
            Instant.now()));
  }
}
