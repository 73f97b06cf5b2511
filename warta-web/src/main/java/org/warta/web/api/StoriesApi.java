package org.warta.web.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.core.StoredArticle;
import org.warta.core.Story;
import org.warta.core.StoryId;
import org.warta.store.ArticleQuery;
import org.warta.store.Cursor;
import org.warta.store.Page;
import org.warta.store.Store;
import org.warta.web.view.HomeReads;
import org.warta.web.view.StoryCard;

/**
 * {@code GET /api/v1/stories} (most recently active first, cursor pages), {@code
 * /api/v1/stories/top} (the home page's ranking) and {@code /api/v1/stories/{id}} (a merged story
 * redirects permanently to the story it was merged into).
 */
public final class StoriesApi {
  static final int STORY_ARTICLES = 100;

  private final Store store;
  private final HomeReads home;

  public StoriesApi(Store store, HomeReads home) {
    this.store = store;
    this.home = home;
  }

  public void list(Context ctx) {
    ApiParams.only(ctx, Set.of("limit", "after"));
    Page<Story> page = store.stories().list(ApiParams.after(ctx), ApiParams.limit(ctx, 20, 100));
    ctx.json(
        ApiJson.list(
            page.items().stream().map(ApiJson::story).toList(), page.next().map(Cursor::token)));
  }

  public void top(Context ctx) {
    ApiParams.only(ctx, Set.of("limit"));
    int limit = ApiParams.limit(ctx, 12, HomeReads.MAX_RANKED);
    List<StoryCard> top = home.ranked(limit);
    List<Map<String, Object>> items =
        top.stream()
            .map(
                c -> {
                  Map<String, Object> m = ApiJson.story(c.story());
                  m.put("recent_articles", c.recent());
                  return m;
                })
            .toList();
    ctx.json(ApiJson.list(items, java.util.Optional.empty()));
  }

  public void one(Context ctx) {
    ApiParams.only(ctx, Set.of());
    StoryId id = new StoryId(ApiParams.pathId(ctx));
    Story story = store.stories().find(id).orElseThrow(() -> ApiProblem.notFound("no story " + id));
    if (!story.id().equals(id)) {
      ctx.redirect("/api/v1/stories/" + story.id().value(), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    Page<StoredArticle> articles =
        store.articles().list(ArticleQuery.latest(STORY_ARTICLES).in(story.id()));
    Map<String, Object> json = ApiJson.story(story);
    json.put("articles", articles.items().stream().map(ApiJson::articleSummary).toList());
    json.put(
        "more_articles",
        articles
            .next()
            .map(c -> "/api/v1/articles?story=" + story.id().value() + "&after=" + c.token())
            .orElse(null));
    ctx.json(json);
  }
}
