package org.warta.web.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.ArticleId;
import org.warta.core.DisplayPolicy;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;
import org.warta.search.SearchIndex;
import org.warta.search.SearchQuery;
import org.warta.search.SearchResults;
import org.warta.store.ArticleQuery;
import org.warta.store.Cursor;
import org.warta.store.Page;
import org.warta.store.Store;

/** The read endpoints of {@code /api/v1}: articles, sources, stories and search, as JSON. */
public final class ApiV1 {
  private final Store store;
  private final SearchIndex index;

  public ApiV1(Store store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  public void articles(Context ctx) {
    ArticleQuery q = ArticleQuery.latest(limit(ctx, 20, ArticleQuery.MAX_LIMIT));
    Optional<Long> source = longParam(ctx, "source");
    if (source.isPresent()) {
      q = q.from(new SourceId(source.get()));
    }
    Optional<Long> story = longParam(ctx, "story");
    if (story.isPresent()) {
      q = q.in(new StoryId(story.get()));
    }
    String lang = ctx.queryParam("language");
    if (lang != null && !lang.isBlank()) {
      q =
          new ArticleQuery(
              q.source(), q.story(), Optional.of(language(lang)), q.after(), q.limit());
    }
    String after = ctx.queryParam("after");
    if (after != null && !after.isBlank()) {
      q =
          q.after(
              Cursor.parse(after)
                  .orElseThrow(() -> bad("'after' is not a cursor from a previous page")));
    }
    Page<StoredArticle> page = store.articles().list(q);
    ctx.json(
        ApiJson.list(
            page.items().stream().map(ApiJson::articleSummary).toList(),
            page.next().map(Cursor::token).orElse(null)));
  }

  public void article(Context ctx) {
    ArticleId id = new ArticleId(pathId(ctx));
    StoredArticle a =
        store.articles().find(id).orElseThrow(() -> new NotFoundResponse("no article " + id));
    boolean full =
        store
            .sources()
            .find(a.article().source())
            .map(s -> s.display() == DisplayPolicy.FULL_TEXT)
            .orElse(false);
    ctx.json(ApiJson.article(a, full));
  }

  public void sources(Context ctx) {
    ctx.json(ApiJson.list(store.sources().list().stream().map(ApiJson::source).toList(), null));
  }

  public void source(Context ctx) {
    SourceId id = new SourceId(pathId(ctx));
    var s = store.sources().find(id).orElseThrow(() -> new NotFoundResponse("no source " + id));
    Map<String, Object> json = ApiJson.source(s);
    var status = store.sources().status(id);
    json.put("last_fetch", status.lastFetch().map(Object::toString).orElse(null));
    json.put("next_fetch", status.nextFetch().map(Object::toString).orElse(null));
    json.put("last_error", status.lastError());
    json.put("consecutive_failures", status.consecutiveFailures());
    json.put("article_count", status.articleCount());
    ctx.json(json);
  }

  public void stories(Context ctx) {
    int limit = limit(ctx, 20, 100);
    ctx.json(
        ApiJson.list(
            store.stories().top(java.time.Instant.EPOCH, limit).stream()
                .map(ApiJson::story)
                .toList(),
            null));
  }

  public void story(Context ctx) {
    StoryId id = new StoryId(pathId(ctx));
    var story = store.stories().find(id).orElseThrow(() -> new NotFoundResponse("no story " + id));
    Map<String, Object> json = ApiJson.story(story);
    json.put(
        "articles",
        store
            .articles()
            .list(ArticleQuery.latest(ArticleQuery.MAX_LIMIT).in(story.id()))
            .items()
            .stream()
            .map(ApiJson::articleSummary)
            .toList());
    ctx.json(json);
  }

  public void search(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    int limit = limit(ctx, 20, SearchQuery.MAX_LIMIT);
    int offset = longParam(ctx, "offset").map(Long::intValue).orElse(0);
    if (offset < 0 || offset > SearchQuery.MAX_OFFSET) {
      throw bad("'offset' must be between 0 and " + SearchQuery.MAX_OFFSET);
    }
    SearchQuery query = SearchQuery.of(q, limit).page(offset);
    Optional<Long> source = longParam(ctx, "source");
    if (source.isPresent()) {
      query = query.withSource(new SourceId(source.get()));
    }
    String lang = ctx.queryParam("language");
    if (lang != null && !lang.isBlank()) {
      query = query.withLanguage(language(lang));
    }
    SearchResults results = index.search(query);
    List<ArticleId> ids = results.hits().stream().map(SearchResults.Hit::id).toList();
    Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("total", results.total());
    json.put("items", store.articles().findAll(ids).stream().map(ApiJson::articleSummary).toList());
    ctx.json(json);
  }

  private static Language language(String code) {
    Language l = Language.of(code);
    if (!l.isDetermined()) {
      throw bad("'language' must be an ISO 639-1 code such as 'id' or 'en', got '" + code + "'");
    }
    return l;
  }

  private static long pathId(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw bad("'" + raw + "' is not an id (a positive whole number)");
  }

  private static Optional<Long> longParam(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      long v = Long.parseLong(raw.strip());
      if (v >= 0) {
        return Optional.of(v);
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw bad("'" + name + "' must be a whole number, got '" + raw + "'");
  }

  private static int limit(Context ctx, int fallback, int max) {
    long v = longParam(ctx, "limit").orElse((long) fallback);
    if (v < 1 || v > max) {
      throw bad("'limit' must be between 1 and " + max);
    }
    return (int) v;
  }

  private static BadRequestResponse bad(String message) {
    return new BadRequestResponse(message);
  }
}
