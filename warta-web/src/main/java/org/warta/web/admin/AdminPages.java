package org.warta.web.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.DisplayPolicy;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.core.SourceStatus;
import org.warta.pipeline.setup.SourceSetup;
import org.warta.search.SearchIndex;
import org.warta.store.HourCount;
import org.warta.store.Store;
import org.warta.web.chart.Bar;
import org.warta.web.chart.BarChart;
import org.warta.web.i18n.Ui;
import org.warta.web.page.FeedLink;
import org.warta.web.page.PageMeta;
import org.warta.web.page.Views;
import org.warta.web.security.ApiKeys;
import org.warta.web.security.LocalPath;
import org.warta.web.seo.SiteUrls;
import org.warta.web.view.Catalog;

/**
 * {@code /admin}: login and logout, the status dashboard, source management and API keys. Every
 * page needs an admin session; every change is a POST with a CSRF token.
 */
public final class AdminPages {
  static final Duration CHART_SPAN = Duration.ofHours(48);

  private final Store store;
  private final SearchIndex index;
  private final Catalog catalog;
  private final Views views;
  private final SiteUrls urls;
  private final Sessions sessions;
  private final AdminGuard guard;
  private final LoginThrottle throttle = new LoginThrottle();
  private final ApiKeys keys;
  private final Optional<SourceSetup> setup;
  private final boolean secureCookies;

  public AdminPages(
      Store store,
      SearchIndex index,
      Catalog catalog,
      Views views,
      SiteUrls urls,
      Optional<SourceSetup> setup,
      boolean secureCookies) {
    this.store = store;
    this.index = index;
    this.catalog = catalog;
    this.views = views;
    this.urls = urls;
    this.sessions = new Sessions(store);
    this.guard = new AdminGuard(sessions, urls);
    this.keys = new ApiKeys(store);
    this.setup = setup;
    this.secureCookies = secureCookies;
  }

  /** The admin's routes, for the site map. */
  public record Handlers(
      Handler loginForm,
      Handler login,
      Handler logout,
      Handler dashboard,
      Handler sources,
      Handler addSource,
      Handler changeSource,
      Handler keys,
      Handler createKey,
      Handler revokeKey) {}

  public Handlers handlers() {
    return new Handlers(
        this::loginForm,
        this::login,
        guard.action(this::logout),
        guard.page(this::dashboard),
        guard.page((ctx, s) -> sourcesPage(ctx, s, "", "")),
        guard.action(this::addSource),
        guard.action(this::changeSource),
        guard.page((ctx, s) -> keysPage(ctx, s, "")),
        guard.action(this::createKey),
        guard.action(this::revokeKey));
  }

  private boolean secure(Context ctx) {
    return secureCookies || urls.secure(ctx);
  }

  void loginForm(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    if (sessions.current(ctx).isPresent()) {
      ctx.redirect(LocalPath.orElse(ctx.queryParam("next"), "/admin"), HttpStatus.SEE_OTHER);
      return;
    }
    renderLogin(ctx, "", 200);
  }

  private void renderLogin(Context ctx, String error, int status) {
    Ui ui = views.ui(ctx);
    String token = Csrf.issueLogin(ctx, secure(ctx));
    String next = LocalPath.orElse(ctx.queryParam("next"), "/admin");
    if (ctx.formParam("next") != null) {
      next = LocalPath.orElse(ctx.formParam("next"), "/admin");
    }
    views.render(
        ctx,
        "admin_login.jte",
        ui,
        meta(ui, ui.t("admin.login.title")),
        Map.of("csrf", token, "next", next, "error", error));
    ctx.status(status);
  }

  void login(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    Ui ui = views.ui(ctx);
    Instant now = Instant.now();
    if (!Csrf.validLogin(ctx, urls.base(ctx))) {
      renderLogin(ctx, ui.t("admin.login.expired"), 403);
      return;
    }
    if (!throttle.allowed(ctx.ip(), now)) {
      renderLogin(ctx, ui.t("admin.login.throttled"), 429);
      return;
    }
    String name = String.valueOf(ctx.formParam("name")).strip();
    String password = ctx.formParam("password");
    var user =
        password == null
            ? Optional.<org.warta.store.AccountRepository.User>empty()
            : sessions.verify(name, password.toCharArray());
    if (user.isEmpty()) {
      throttle.failed(ctx.ip(), now);
      renderLogin(ctx, ui.t("admin.login.wrong"), 401);
      return;
    }
    throttle.succeeded(ctx.ip());
    sessions.start(ctx, user.get(), secure(ctx));
    ctx.redirect(LocalPath.orElse(ctx.formParam("next"), "/admin"), HttpStatus.SEE_OTHER);
  }

  void logout(Context ctx, Sessions.Signed signed) {
    sessions.end(ctx, signed, secure(ctx));
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  void dashboard(Context ctx, Sessions.Signed signed) {
    Ui ui = views.ui(ctx);
    views.render(
        ctx,
        "admin_dashboard.jte",
        ui,
        meta(ui, ui.t("admin.dashboard.title")),
        Map.of("view", view(ui), "signed", signed.user().name(), "csrf", signed.session().csrf()));
  }

  AdminView view(Ui ui) {
    Map<SourceId, SourceStatus> statuses = store.sources().statuses();
    List<AdminView.Row> rows = new ArrayList<>();
    for (Source s : store.sources().list()) {
      rows.add(new AdminView.Row(s, statuses.getOrDefault(s.id(), SourceStatus.never(s.id()))));
    }
    Instant end = Instant.now();
    Instant start = end.minus(CHART_SPAN);
    Map<Long, Long> perHour = new HashMap<>();
    for (HourCount h : store.articles().seenPerHour(start)) {
      perHour.put(h.hour().toEpochMilli(), h.articles());
    }
    List<Bar> bars = new ArrayList<>();
    long hour = 3_600_000L;
    long first = Math.floorDiv(start.toEpochMilli(), hour) * hour + hour;
    long lastDay = 0;
    for (long t = first; t <= end.toEpochMilli(); t += hour) {
      long n = perHour.getOrDefault(t, 0L);
      bars.add(new Bar(ui.shortDate(Instant.ofEpochMilli(t), Instant.EPOCH), n));
      if (t > end.toEpochMilli() - 24 * hour) {
        lastDay += n;
      }
    }
    String chart =
        BarChart.svg("per-hour", ui.t("admin.chart.title"), ui.t("admin.chart.unit"), bars);
    return new AdminView(
        store.articles().count(), store.stories().count(), index.count(), rows, chart, lastDay);
  }

  void sourcesPage(Context ctx, Sessions.Signed signed, String message, String error) {
    Ui ui = views.ui(ctx);
    views.render(
        ctx,
        "admin_sources.jte",
        ui,
        meta(ui, ui.t("admin.sources.title")),
        Map.of(
            "view", view(ui),
            "signed", signed.user().name(),
            "csrf", signed.session().csrf(),
            "message", message,
            "error", error,
            "canAdd", setup.isPresent()));
  }

  void addSource(Context ctx, Sessions.Signed signed) {
    Ui ui = views.ui(ctx);
    String raw = String.valueOf(ctx.formParam("url")).strip();
    if (setup.isEmpty()) {
      sourcesPage(ctx, signed, "", ui.t("admin.sources.nopipeline"));
      ctx.status(501);
      return;
    }
    java.net.URI url;
    try {
      url = org.warta.web.api.SourcesApi.url(raw);
    } catch (RuntimeException e) {
      sourcesPage(ctx, signed, "", ui.t("admin.sources.badurl", raw));
      ctx.status(400);
      return;
    }
    try {
      SourceSetup.Added added = setup.get().add(url);
      catalog.invalidate();
      sourcesPage(ctx, signed, added.explanation(), "");
    } catch (SourceSetup.SetupException e) {
      sourcesPage(ctx, signed, "", ui.t("admin.sources.failed", url, e.getMessage()));
      ctx.status(422);
    }
  }

  void changeSource(Context ctx, Sessions.Signed signed) {
    Ui ui = views.ui(ctx);
    SourceId id = new SourceId(org.warta.web.page.Params.pathId(ctx, "id"));
    Source s =
        store
            .sources()
            .find(id)
            .orElseThrow(() -> new io.javalin.http.NotFoundResponse("no source " + id));
    String action = String.valueOf(ctx.formParam("action"));
    String done =
        switch (action) {
          case "pause" -> {
            store.sources().setPaused(id, true);
            yield ui.t("admin.sources.paused", s.name());
          }
          case "resume" -> {
            store.sources().setPaused(id, false);
            yield ui.t("admin.sources.resumed", s.name());
          }
          case "remove" -> {
            confirmRemoval(ctx, signed, s);
            yield "";
          }
          case "remove_confirmed" -> {
            store.sources().remove(id);
            yield ui.t("admin.sources.removed", s.name());
          }
          case "full_text", "excerpt" -> {
            store
                .sources()
                .setDisplay(
                    id,
                    action.equals("full_text") ? DisplayPolicy.FULL_TEXT : DisplayPolicy.EXCERPT);
            yield ui.t("admin.sources.display", s.name(), ui.t("display." + action));
          }
          default ->
              throw new io.javalin.http.BadRequestResponse("unknown action '" + action + "'");
        };
    if (done.isEmpty()) {
      return;
    }
    catalog.invalidate();
    sourcesPage(ctx, signed, done, "");
  }

  /** Removing deletes the source's articles too: ask once more, on a page of its own. */
  private void confirmRemoval(Context ctx, Sessions.Signed signed, Source s) {
    Ui ui = views.ui(ctx);
    views.render(
        ctx,
        "admin_confirm.jte",
        ui,
        meta(ui, ui.t("admin.confirm.title")),
        Map.of(
            "source", s,
            "articles", store.sources().status(s.id()).articleCount(),
            "signed", signed.user().name(),
            "csrf", signed.session().csrf()));
  }

  void keysPage(Context ctx, Sessions.Signed signed, String created) {
    Ui ui = views.ui(ctx);
    views.render(
        ctx,
        "admin_keys.jte",
        ui,
        meta(ui, ui.t("admin.keys.title")),
        Map.of(
            "keys", store.accounts().apiKeys(),
            "created", created,
            "signed", signed.user().name(),
            "csrf", signed.session().csrf()));
  }

  void createKey(Context ctx, Sessions.Signed signed) {
    String name = String.valueOf(ctx.formParam("name")).strip();
    if (name.isEmpty() || name.length() > 100 || name.equals("null")) {
      throw new io.javalin.http.BadRequestResponse("give the key a name of 1 to 100 characters");
    }
    keysPage(ctx, signed, keys.create(name));
  }

  void revokeKey(Context ctx, Sessions.Signed signed) {
    long id = org.warta.web.page.Params.pathId(ctx, "id");
    store.accounts().revokeApiKey(id);
    keysPage(ctx, signed, "");
  }

  private static PageMeta meta(Ui ui, String title) {
    return PageMeta.of(title, "", List.of(FeedLink.latest(ui.t("feed.latest")))).hidden();
  }
}
