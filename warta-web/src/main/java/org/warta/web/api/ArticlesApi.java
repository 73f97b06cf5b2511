package org.warta.web.api;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.core.StoryId;
import org.warta.store.ArticleQuery;
import org.warta.store.ArticleSummary;
import org.warta.store.Cursor;
import org.warta.store.Page;
import org.warta.store.Store;
import org.warta.web.view.ArticleLinks;
import org.warta.web.view.ArticleReads;

/** {@code GET /api/v1/articles} (newest first, cursor pages) and {@code /api/v1/articles/{id}}. */
public final class ArticlesApi {
  static final Set<String> LIST_PARAMS = Set.of("source", "story", "language", "limit", "after");

  private final Store store;
  private final ArticleReads reads;

  public ArticlesApi(Store store, ArticleReads reads) {
    this.store = store;
    this.reads = reads;
  }

  public void list(Context ctx) {
    ApiParams.only(ctx, LIST_PARAMS);
    ArticleQuery q = ArticleQuery.latest(ApiParams.limit(ctx, 20, 100));
    Optional<Long> source = ApiParams.id(ctx, "source");
    if (source.isPresent()) {
      q = q.from(new SourceId(source.get()));
    }
    Optional<Long> story = ApiParams.id(ctx, "story");
    if (story.isPresent()) {
      q =
          q.in(
              new StoryId(
                  store
                      .stories()
                      .find(new StoryId(story.get()))
                      .map(s -> s.id().value())
                      .orElse(story.get())));
    }
    String lang = ctx.queryParam("language");
    if (lang != null && !lang.isBlank()) {
      q =
          new ArticleQuery(
              q.source(), q.story(), Optional.of(language(lang)), q.after(), q.limit());
    }
    Optional<Cursor> after = ApiParams.after(ctx);
    if (after.isPresent()) {
      q = q.after(after.get());
    }
    // summaries: the list shows no body, so none is read (a page of whole rows cost 2× the time)
    Page<ArticleSummary> page = store.articles().summaries(q);
    ctx.json(
        ApiJson.list(
            page.items().stream().map(ApiJson::articleSummary).toList(),
            page.next().map(Cursor::token)));
  }

  public void one(Context ctx) {
    ApiParams.only(ctx, Set.of());
    ArticleId id = new ArticleId(ApiParams.pathId(ctx));
    ArticleLinks links = reads.links(id).orElseThrow(() -> ApiProblem.notFound("no article " + id));
    Map<String, Object> json = ApiJson.article(links.stored(), links.fullText());
    json.put("publisher", links.publisher());
    json.put("original", links.original().map(ApiJson::original).orElse(null));
    json.put("copies", links.copies());
    json.put("related_articles", links.related());
    ctx.json(json);
  }

  static Language language(String code) {
    Language l = Language.of(code.strip());
    if (!code.strip().matches("[A-Za-z]{2,3}") || !l.isDetermined()) {
      throw ApiProblem.badParam(
          "language", "must be an ISO 639-1 code such as 'id' or 'en', got '" + code + "'");
    }
    return l;
  }
}
