package org.warta.web;

import io.javalin.config.RoutesConfig;
import org.warta.web.api.ApiV1;
import org.warta.web.page.ReaderPages;

/**
 * The site map: every route Warta serves, in one place. The paths are a contract with readers, feed
 * readers and API clients: add routes, never break these.
 */
final class Routes {
  private Routes() {}

  static void register(RoutesConfig routes, ReaderPages pages, ApiV1 api, StaticAssets assets) {
    routes.get("/", pages::home);
    routes.get("/latest", pages::latest);
    routes.get("/article/{id}", pages::article);
    routes.get("/story/{id}", pages::story);
    routes.get("/source/{id}", pages::source);
    routes.get("/sources", pages::sources);
    routes.get("/search", pages::search);
    routes.get("/lang/{lang}", pages::switchLanguage);

    routes.get("/api/v1/articles", api::articles);
    routes.get("/api/v1/articles/{id}", api::article);
    routes.get("/api/v1/sources", api::sources);
    routes.get("/api/v1/sources/{id}", api::source);
    routes.get("/api/v1/stories", api::stories);
    routes.get("/api/v1/stories/{id}", api::story);
    routes.get("/api/v1/search", api::search);
    routes.get("/api/openapi.json", assets::openApi);

    routes.get("/static/{file}", assets::file);
    routes.get("/robots.txt", assets::robots);
  }
}
