package org.warta.web.page;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.store.Cursor;
import org.warta.store.Page;
import org.warta.store.SectionCount;
import org.warta.web.i18n.Ui;
import org.warta.web.view.ArticleCard;
import org.warta.web.view.SourceReads;

/**
 * {@code /source/{id}} (one publisher), {@code /sources} (the directory, "Tautan Sahabat"), {@code
 * /sections} and {@code /section/{slug}} (one section across publishers).
 */
public final class SourcePages {
  static final int LIST_SIZE = 30;
  static final int DIRECTORY_PAGE = 500;

  private final SourceReads reads;
  private final Views views;

  public SourcePages(SourceReads reads, Views views) {
    this.reads = reads;
    this.views = views;
  }

  public void source(Context ctx) {
    SourceId id = new SourceId(Params.pathId(ctx, "id"));
    Source source = reads.source(id).orElseThrow(() -> new NotFoundResponse("no source " + id));
    Ui ui = views.ui(ctx);
    Optional<Cursor> after = Params.cursor(ctx);
    Page<ArticleCard> page = reads.latest(Optional.of(id), after, LIST_SIZE);
    FeedLink feed =
        new FeedLink(ui.t("feed.source", source.name()), "/feeds/source/" + id.value(), "");
    PageMeta meta =
        PageMeta.of(
            ui.t("source.title", source.name()),
            ui.t("source.description", source.name()),
            List.of(HomePage.latestFeed(ui), feed));
    views.render(
        ctx,
        "source.jte",
        ui,
        after.isPresent() ? meta.hidden() : meta.canonical("/source/" + id.value()),
        Map.of(
            "source", source,
            "status", reads.status(id),
            "feed", feed,
            "cards", page.items(),
            "nextHref",
                page.next().map(c -> "/source/" + id.value() + "?after=" + c.token()).orElse(""),
            "now", Instant.now()));
  }

  /** The sources directory, grouped by language, {@value #DIRECTORY_PAGE} sources a page. */
  public void sources(Context ctx) {
    Ui ui = views.ui(ctx);
    List<Source> all = new java.util.ArrayList<>(reads.sources());
    all.sort(
        java.util.Comparator.comparing((Source s) -> ui.languageName(s.language().code()))
            .thenComparing(Source::name, String.CASE_INSENSITIVE_ORDER));
    int pages = Math.max(1, (all.size() + DIRECTORY_PAGE - 1) / DIRECTORY_PAGE);
    int page = Params.intParam(ctx, "page", 1, 1, pages);
    Map<String, List<Source>> byLanguage = new java.util.LinkedHashMap<>();
    Map<Long, Long> counts = new java.util.HashMap<>();
    for (Source s :
        all.subList((page - 1) * DIRECTORY_PAGE, Math.min(all.size(), page * DIRECTORY_PAGE))) {
      byLanguage
          .computeIfAbsent(ui.languageName(s.language().code()), k -> new java.util.ArrayList<>())
          .add(s);
      counts.put(s.id().value(), reads.articleCount(s.id()));
    }
    PageMeta meta =
        PageMeta.of(
            ui.t("sources.title"), ui.t("sources.description"), List.of(HomePage.latestFeed(ui)));
    views.render(
        ctx,
        "sources.jte",
        ui,
        page == 1 ? meta.canonical("/sources") : meta.hidden(),
        Map.of(
            "groups",
            byLanguage,
            "counts",
            counts,
            "prevHref",
            page > 1 ? "/sources?page=" + (page - 1) : "",
            "nextHref",
            page < pages ? "/sources?page=" + (page + 1) : ""));
  }

  public void sections(Context ctx) {
    Ui ui = views.ui(ctx);
    PageMeta meta =
        PageMeta.of(
                ui.t("sections.title"), ui.t("sections.title"), List.of(HomePage.latestFeed(ui)))
            .canonical("/sections");
    views.render(ctx, "sections.jte", ui, meta, Map.of("sections", reads.sections()));
  }

  public void section(Context ctx) {
    String slug = ctx.pathParam("slug");
    SectionCount section =
        reads.section(slug).orElseThrow(() -> new NotFoundResponse("no section " + slug));
    Ui ui = views.ui(ctx);
    Optional<Cursor> after = Params.cursor(ctx);
    Page<ArticleCard> page = reads.inSection(section.name(), after, LIST_SIZE);
    String path = "/section/" + SourceReads.slug(section.name());
    PageMeta meta =
        PageMeta.of(
            ui.t("section.title", section.name()),
            ui.t("section.description", section.name()),
            List.of(HomePage.latestFeed(ui)));
    views.render(
        ctx,
        "list.jte",
        ui,
        after.isPresent() ? meta.hidden() : meta.canonical(path),
        Map.of(
            "heading", ui.t("section.title", section.name()),
            "intro", ui.t("section.count", ui.number(section.articles())),
            "cards", page.items(),
            "nextHref", page.next().map(c -> path + "?after=" + c.token()).orElse(""),
            "now", Instant.now()));
  }
}
