package org.warta.web;

import io.javalin.config.RoutesConfig;
import org.warta.web.admin.AdminPages;
import org.warta.web.api.ArticlesApi;
import org.warta.web.api.SearchApi;
import org.warta.web.api.SourcesApi;
import org.warta.web.api.StoriesApi;
import org.warta.web.feed.FeedPages;
import org.warta.web.feed.OpmlExport;
import org.warta.web.page.ArticlePage;
import org.warta.web.page.HomePage;
import org.warta.web.page.Preferences;
import org.warta.web.page.SearchPage;
import org.warta.web.page.SourcePages;
import org.warta.web.page.StoryPage;
import org.warta.web.seo.Sitemaps;

/**
 * The site map: every route Warta serves, in one place. The paths are a contract with readers, feed
 * readers and API clients: add routes, never break these.
 */
final class Routes {
  private Routes() {}

  /** The handlers of every route, built once by {@link WebServer}. */
  record Handlers(
      HomePage home,
      ArticlePage article,
      StoryPage story,
      SourcePages sources,
      SearchPage search,
      FeedPages feeds,
      OpmlExport opml,
      Sitemaps sitemaps,
      ArticlesApi articlesApi,
      StoriesApi storiesApi,
      SourcesApi sourcesApi,
      SearchApi searchApi,
      AdminPages.Handlers admin,
      StaticAssets assets) {}

  static void register(RoutesConfig r, Handlers h) {
    // reader pages (HEAD too, as for everything read: link checkers and crawlers ask for headers)
    getAndHead(r, "/", h.home()::home);
    getAndHead(r, "/latest", h.home()::latest);
    getAndHead(r, "/article/{id}", h.article()::show);
    getAndHead(r, "/story/{id}", h.story()::show);
    getAndHead(r, "/source/{id}", h.sources()::source);
    getAndHead(r, "/sources", h.sources()::sources);
    getAndHead(r, "/sections", h.sources()::sections);
    getAndHead(r, "/section/{slug}", h.sources()::section);
    getAndHead(r, "/search", h.search()::show);
    r.get("/lang/{lang}", Preferences::language);
    r.get("/zone", Preferences::zone);

    // feeds out, OPML, sitemaps, robots
    getAndHead(r, "/feeds/source/{file}", h.feeds()::source);
    getAndHead(r, "/feeds/story/{file}", h.feeds()::story);
    getAndHead(r, "/feeds/{file}", h.feeds()::site);
    getAndHead(r, "/sources.opml", h.opml()::export);
    getAndHead(r, "/sitemap.xml", h.sitemaps()::pages);
    getAndHead(r, "/sitemap-news.xml", h.sitemaps()::news);
    getAndHead(r, "/robots.txt", h.sitemaps()::robots);

    // JSON API v1
    getAndHead(r, "/api/v1/articles", h.articlesApi()::list);
    getAndHead(r, "/api/v1/articles/{id}", h.articlesApi()::one);
    getAndHead(r, "/api/v1/sources", h.sourcesApi()::list);
    r.post("/api/v1/sources", h.sourcesApi()::add);
    getAndHead(r, "/api/v1/sources/{id}", h.sourcesApi()::one);
    r.patch("/api/v1/sources/{id}", h.sourcesApi()::change);
    r.delete("/api/v1/sources/{id}", h.sourcesApi()::remove);
    getAndHead(r, "/api/v1/stories", h.storiesApi()::list);
    getAndHead(r, "/api/v1/stories/top", h.storiesApi()::top);
    getAndHead(r, "/api/v1/stories/{id}", h.storiesApi()::one);
    getAndHead(r, "/api/v1/search", h.searchApi()::search);
    getAndHead(r, "/api/openapi.json", h.assets()::openApi);

    // admin
    r.get("/admin", h.admin().dashboard());
    r.get("/admin/login", h.admin().loginForm());
    r.post("/admin/login", h.admin().login());
    r.post("/admin/logout", h.admin().logout());
    r.get("/admin/sources", h.admin().sources());
    r.post("/admin/sources", h.admin().addSource());
    r.post("/admin/sources/{id}", h.admin().changeSource());
    r.get("/admin/keys", h.admin().keys());
    r.post("/admin/keys", h.admin().createKey());
    r.post("/admin/keys/{id}/revoke", h.admin().revokeKey());

    r.get("/static/{file}", h.assets()::file);
  }

  /** The same handler for GET and HEAD (the server sends no body for HEAD). */
  private static void getAndHead(RoutesConfig r, String path, io.javalin.http.Handler handler) {
    r.get(path, handler);
    r.head(path, handler);
  }
}
