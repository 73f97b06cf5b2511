package org.warta.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.pipeline.setup.SourceSetup;
import org.warta.pipeline.websub.WebSubCallback;
import org.warta.search.SearchIndex;
import org.warta.store.Store;
import org.warta.web.admin.AdminPages;
import org.warta.web.api.ApiProblem;
import org.warta.web.api.ArticlesApi;
import org.warta.web.api.SearchApi;
import org.warta.web.api.SourcesApi;
import org.warta.web.api.StoriesApi;
import org.warta.web.feed.FeedPages;
import org.warta.web.feed.OpmlExport;
import org.warta.web.i18n.Ui;
import org.warta.web.page.ArticlePage;
import org.warta.web.page.HomePage;
import org.warta.web.page.PageMeta;
import org.warta.web.page.SearchPage;
import org.warta.web.page.SourcePages;
import org.warta.web.page.StoryPage;
import org.warta.web.page.Views;
import org.warta.web.search.SearchReads;
import org.warta.web.security.ApiKeys;
import org.warta.web.security.SecurityHeaders;
import org.warta.web.seo.SiteUrls;
import org.warta.web.seo.Sitemaps;
import org.warta.web.view.ArticleReads;
import org.warta.web.view.Cards;
import org.warta.web.view.Catalog;
import org.warta.web.view.HomeReads;
import org.warta.web.view.SourceReads;
import org.warta.web.view.StoryReads;
import org.warta.web.websub.WebSubRoutes;

/**
 * The reader site, feeds, API and admin over a store and its search index: {@code
 * WebServer.start(...)} listens until {@link #close()}. Errors become an HTML page for readers and
 * {@code application/problem+json} (RFC 9457) under {@code /api/}.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;
  private final FeedPages feeds;

  private WebServer(Javalin app, FeedPages feeds) {
    this.app = app;
    this.feeds = feeds;
  }

  /** Starts serving without the ingest pipeline: adding sources from the web is unavailable. */
  public static WebServer start(WebSettings settings, Store store, SearchIndex index) {
    return start(settings, store, index, Optional.empty(), Optional.empty());
  }

  /**
   * Starts serving; the admin and {@code POST /api/v1/sources} add sources through {@code setup}.
   */
  public static WebServer start(
      WebSettings settings, Store store, SearchIndex index, SourceSetup setup) {
    return start(settings, store, index, Optional.of(setup), Optional.empty());
  }

  /**
   * Starts serving with the ingest pipeline: sources are added through {@code setup}, and {@code
   * webSub}, when present, answers hubs at {@code GET} and {@code POST /websub/{id}}.
   */
  public static WebServer start(
      WebSettings settings,
      Store store,
      SearchIndex index,
      SourceSetup setup,
      Optional<WebSubCallback> webSub) {
    return start(settings, store, index, Optional.of(setup), webSub);
  }

  private static WebServer start(
      WebSettings settings,
      Store store,
      SearchIndex index,
      Optional<SourceSetup> setup,
      Optional<WebSubCallback> webSub) {
    Views views = new Views(settings.defaultLanguage(), settings.zone());
    Routes.Handlers handlers = handlers(settings, store, index, setup, views);
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Javalin app =
        Javalin.create(
            config -> {
              config.jsonMapper(new JavalinJackson(mapper, true));
              config.http.generateEtags = false;
              config.concurrency.useVirtualThreads = true;
              config.jetty.host = settings.host();
              config.jetty.port = settings.port();
              config.startup.showJavalinBanner = false;
              config.routes.before(SecurityHeaders::apply);
              Routes.register(config.routes, handlers);
              config.routes.after(ETags::apply);
              webSub.ifPresent(callback -> new WebSubRoutes(callback).register(config.routes));
              config.routes.exception(
                  ApiProblem.class,
                  (e, ctx) -> problem(ctx, e.status(), e.title(), e.getMessage(), e.invalid()));
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> error(ctx, views, e.getStatus(), e.getMessage()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    error(ctx, views, 500, "");
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    if (ctx.result() == null || ctx.result().isEmpty()) {
                      error(ctx, views, 404, "no page at " + ctx.path());
                    }
                  });
            });
    app.start();
    handlers.feeds().startBuildingAhead();
    return new WebServer(app, handlers.feeds());
  }

  private static Routes.Handlers handlers(
      WebSettings settings,
      Store store,
      SearchIndex index,
      Optional<SourceSetup> setup,
      Views views) {
    SiteUrls urls = new SiteUrls(settings.publicUrl());
    Catalog catalog = new Catalog(store);
    Cards cards = new Cards(catalog);
    SourceReads sources = new SourceReads(store, catalog, cards);
    HomeReads home = new HomeReads(store, cards, settings.homeCache(), sources::sections);
    ArticleReads articles =
        new ArticleReads(store, index, catalog, cards, () -> home.home().latest());
    SearchReads search = new SearchReads(store, index, cards);
    return new Routes.Handlers(
        new HomePage(home, sources, views),
        new ArticlePage(articles, views, urls),
        new StoryPage(new StoryReads(store, cards), views),
        new SourcePages(sources, views),
        new SearchPage(search, catalog, views),
        new FeedPages(store, catalog, search, views, urls),
        new OpmlExport(catalog, urls),
        new Sitemaps(store, catalog, sources, urls, settings.defaultLanguage()),
        new ArticlesApi(store, articles),
        new StoriesApi(store, home),
        new SourcesApi(store, catalog, sources, new ApiKeys(store), setup),
        new SearchApi(search, settings.zone()),
        new AdminPages(store, index, catalog, views, urls, setup, settings.secureCookies())
            .handlers(),
        new StaticAssets());
  }

  private static void problem(
      Context ctx, int status, String title, String detail, List<ApiProblem.InvalidParam> invalid) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    if (!invalid.isEmpty()) {
      problem.put(
          "invalid_params",
          invalid.stream().map(p -> Map.of("name", p.name(), "reason", p.reason())).toList());
    }
    ctx.status(status);
    ctx.result(ctx.jsonMapper().toJsonString(problem, Map.class));
    ctx.contentType("application/problem+json");
  }

  private static void error(Context ctx, Views views, int status, String detail) {
    if (ctx.path().startsWith("/api/")) {
      problem(ctx, status, HttpStatus.forStatus(status).getMessage(), detail, List.of());
      return;
    }
    Ui ui = views.ui(ctx);
    String message =
        switch (status) {
          case 404 -> ui.t("error.notfound");
          case 400 -> ui.t("error.badrequest", detail);
          case 403 -> ui.t("error.forbidden", detail);
          default -> ui.t("error.server");
        };
    views.render(
        ctx,
        "error.jte",
        ui,
        PageMeta.of(
                String.valueOf(status),
                "",
                List.of(org.warta.web.page.FeedLink.latest(ui.t("feed.latest"))))
            .hidden(),
        Map.of("status", status, "message", message));
    ctx.status(status);
  }

  /** The port the server listens on (useful with port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    feeds.close();
  }
}
