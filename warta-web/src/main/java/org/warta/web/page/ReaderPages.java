package org.warta.web.page;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.warta.core.ArticleId;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.core.Story;
import org.warta.core.StoryId;
import org.warta.search.SearchQuery;
import org.warta.store.Cursor;
import org.warta.store.Page;
import org.warta.web.i18n.Ui;
import org.warta.web.view.ArticleCard;
import org.warta.web.view.ReaderQueries;

/** The reader's pages: home, latest, article, story, source, sources and search. */
public final class ReaderPages {
  private static final int LIST_SIZE = 30;
  private static final int SEARCH_PAGE = 20;

  private final ReaderQueries queries;
  private final Views views;

  public ReaderPages(ReaderQueries queries, Views views) {
    this.queries = queries;
    this.views = views;
  }

  public void home(Context ctx) {
    Ui ui = views.ui(ctx);
    views.render(
        ctx,
        "home.jte",
        Map.of(
            "ui", ui,
            "stories", queries.topStories(12),
            "latest", queries.latest(Optional.empty(), Optional.empty(), 20).items(),
            "now", Instant.now()));
  }

  public void latest(Context ctx) {
    Ui ui = views.ui(ctx);
    Page<ArticleCard> page = queries.latest(Optional.empty(), cursor(ctx), LIST_SIZE);
    views.render(
        ctx,
        "latest.jte",
        Map.of(
            "ui", ui,
            "heading", ui.t("latest.title"),
            "cards", page.items(),
            "nextHref", page.next().map(c -> "/latest?after=" + c.token()),
            "now", Instant.now()));
  }

  public void article(Context ctx) {
    ArticleId id = new ArticleId(pathId(ctx, "id"));
    var view = queries.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id));
    views.render(
        ctx, "article.jte", Map.of("ui", views.ui(ctx), "view", view, "now", Instant.now()));
  }

  public void story(Context ctx) {
    StoryId id = new StoryId(pathId(ctx, "id"));
    Story story = queries.story(id).orElseThrow(() -> new NotFoundResponse("no story " + id));
    if (!story.id().equals(id)) {
      ctx.redirect("/story/" + story.id().value(), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    views.render(
        ctx,
        "story.jte",
        Map.of(
            "ui", views.ui(ctx),
            "story", story,
            "timeline", queries.storyTimeline(id),
            "now", Instant.now()));
  }

  public void source(Context ctx) {
    SourceId id = new SourceId(pathId(ctx, "id"));
    Source source = queries.source(id).orElseThrow(() -> new NotFoundResponse("no source " + id));
    Ui ui = views.ui(ctx);
    Page<ArticleCard> page = queries.latest(Optional.of(id), cursor(ctx), LIST_SIZE);
    views.render(
        ctx,
        "latest.jte",
        Map.of(
            "ui", ui,
            "heading", ui.t("source.title", source.name()),
            "cards", page.items(),
            "nextHref", page.next().map(c -> "/source/" + id.value() + "?after=" + c.token()),
            "now", Instant.now()));
  }

  public void sources(Context ctx) {
    views.render(ctx, "sources.jte", Map.of("ui", views.ui(ctx), "sources", queries.sources()));
  }

  public void search(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    int page = intParam(ctx, "page", 1, 1, SearchQuery.MAX_OFFSET / SEARCH_PAGE);
    ReaderQueries.SearchPage results =
        q.isEmpty()
            ? new ReaderQueries.SearchPage(0, java.util.List.of())
            : queries.search(SearchQuery.of(q, SEARCH_PAGE).page((page - 1) * SEARCH_PAGE));
    String base = "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=";
    views.render(
        ctx,
        "search.jte",
        Map.of(
            "ui", views.ui(ctx),
            "q", q,
            "total", results.total(),
            "cards", results.cards(),
            "prevHref", page > 1 ? Optional.of(base + (page - 1)) : Optional.empty(),
            "nextHref",
                (long) page * SEARCH_PAGE < results.total()
                    ? Optional.of(base + (page + 1))
                    : Optional.empty(),
            "now", Instant.now()));
  }

  /** Sets the interface language cookie and goes back to a page of this site. */
  public void switchLanguage(Context ctx) {
    String lang = ctx.pathParam("lang");
    if (!org.warta.web.i18n.UiLanguage.SUPPORTED.contains(lang)) {
      throw new BadRequestResponse("unknown language '" + lang + "'");
    }
    ctx.cookie(
        new io.javalin.http.Cookie(
            "lang", lang, "/", 365 * 24 * 3600, false, true, "", io.javalin.http.SameSite.LAX));
    ctx.redirect(localPath(ctx.queryParam("next")), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** Only paths of this site: no scheme, no host, no protocol-relative "//" (no open redirect). */
  static String localPath(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
      return "/";
    }
    for (char c : next.toCharArray()) {
      if (c < 0x20 || c == 0x7f) {
        return "/";
      }
    }
    return next;
  }

  static long pathId(Context ctx, String name) {
    String raw = ctx.pathParam(name);
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new NotFoundResponse("'" + raw + "' is not an id");
  }

  static Optional<Cursor> cursor(Context ctx) {
    String after = ctx.queryParam("after");
    if (after == null || after.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        Cursor.parse(after).orElseThrow(() -> new BadRequestResponse("'after' is not a cursor")));
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(raw.strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new BadRequestResponse("'" + name + "' must be a number from " + min + " to " + max);
  }
}
