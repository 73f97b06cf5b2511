package org.warta.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.search.SearchIndex;
import org.warta.store.Store;
import org.warta.web.api.ApiV1;
import org.warta.web.page.ReaderPages;
import org.warta.web.page.Views;
import org.warta.web.security.SecurityHeaders;
import org.warta.web.view.ReaderQueries;

/**
 * The reader site and API over a store and its search index: {@code WebServer.start(...)} listens
 * until {@link #close()}. Errors become an HTML page for readers and {@code
 * application/problem+json} (RFC 9457) under {@code /api/}.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving; returns once the port is open. */
  public static WebServer start(WebSettings settings, Store store, SearchIndex index) {
    Views views = new Views(settings.defaultLanguage(), settings.zone());
    ReaderPages pages = new ReaderPages(new ReaderQueries(store, index), views);
    ApiV1 api = new ApiV1(store, index);
    StaticAssets assets = new StaticAssets();
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Javalin app =
        Javalin.create(
            config -> {
              config.jsonMapper(new JavalinJackson(mapper, true));
              config.http.generateEtags = true;
              config.concurrency.useVirtualThreads = true;
              config.jetty.host = settings.host();
              config.jetty.port = settings.port();
              config.startup.showJavalinBanner = false;
              config.routes.before(SecurityHeaders::apply);
              Routes.register(config.routes, pages, api, assets);
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
                      error(ctx, views, 404, "no route " + ctx.path());
                    }
                  });
            });
    app.start();
    return new WebServer(app);
  }

  private static void error(Context ctx, Views views, int status, String detail) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/problem+json");
      Map<String, Object> problem = new java.util.LinkedHashMap<>();
      problem.put("type", "about:blank");
      problem.put("title", io.javalin.http.HttpStatus.forStatus(status).getMessage());
      problem.put("status", status);
      problem.put("detail", detail);
      ctx.result(ctx.jsonMapper().toJsonString(problem, Map.class));
      ctx.contentType("application/problem+json");
      return;
    }
    var ui = views.ui(ctx);
    String message =
        switch (status) {
          case 404 -> ui.t("error.notfound");
          case 400 -> ui.t("error.badrequest", detail);
          default -> ui.t("error.server");
        };
    views.render(ctx, "error.jte", Map.of("ui", ui, "status", status, "message", message));
    ctx.status(status);
  }

  /** The port the server listens on (useful with port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
