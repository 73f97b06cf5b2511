package org.warta.web.page;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.store.Cursor;
import org.warta.store.Page;
import org.warta.web.i18n.Ui;
import org.warta.web.view.ArticleCard;
import org.warta.web.view.HomeReads;
import org.warta.web.view.HomeView;
import org.warta.web.view.SourceReads;

/** {@code /} (top stories and "Terkini") and {@code /latest} (every article, newest first). */
public final class HomePage {
  static final int LIST_SIZE = 30;

  private final HomeReads home;
  private final SourceReads sources;
  private final Views views;

  public HomePage(HomeReads home, SourceReads sources, Views views) {
    this.home = home;
    this.sources = sources;
    this.views = views;
  }

  public void home(Context ctx) {
    Ui ui = views.ui(ctx);
    HomeView view = home.home();
    PageMeta meta =
        PageMeta.of(ui.t("nav.home"), ui.t("site.tagline"), List.of(latestFeed(ui))).canonical("/");
    views.render(ctx, "home.jte", ui, meta, Map.of("view", view, "now", view.clock()));
  }

  public void latest(Context ctx) {
    Ui ui = views.ui(ctx);
    Optional<Cursor> after = Params.cursor(ctx);
    Page<ArticleCard> page = sources.latest(Optional.empty(), after, LIST_SIZE);
    PageMeta meta =
        PageMeta.of(ui.t("latest.title"), ui.t("latest.description"), List.of(latestFeed(ui)));
    views.render(
        ctx,
        "list.jte",
        ui,
        after.isPresent() ? meta.hidden() : meta.canonical("/latest"),
        Map.of(
            "heading", ui.t("latest.title"),
            "intro", "",
            "cards", page.items(),
            "nextHref", page.next().map(c -> "/latest?after=" + c.token()).orElse(""),
            "now", Instant.now()));
  }

  static FeedLink latestFeed(Ui ui) {
    return FeedLink.latest(ui.t("feed.latest"));
  }
}
