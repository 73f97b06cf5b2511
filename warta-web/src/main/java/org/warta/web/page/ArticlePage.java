package org.warta.web.page;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.warta.core.ArticleId;
import org.warta.web.i18n.Ui;
import org.warta.web.seo.JsonLd;
import org.warta.web.seo.SiteUrls;
import org.warta.web.view.ArticleReads;
import org.warta.web.view.ArticleView;

/** {@code /article/{id}}: one article with its credits, the original, copies and related reads. */
public final class ArticlePage {
  private final ArticleReads reads;
  private final Views views;
  private final SiteUrls urls;

  public ArticlePage(ArticleReads reads, Views views, SiteUrls urls) {
    this.reads = reads;
    this.views = views;
    this.urls = urls;
  }

  public void show(Context ctx) {
    ArticleId id = new ArticleId(Params.pathId(ctx, "id"));
    ArticleView view =
        reads.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id));
    Ui ui = views.ui(ctx);
    String path = "/article/" + id.value();
    List<FeedLink> feeds = new ArrayList<>();
    feeds.add(HomePage.latestFeed(ui));
    feeds.add(
        new FeedLink(
            ui.t("feed.source", view.source().name()),
            "/feeds/source/" + view.source().id().value(),
            ""));
    view.story()
        .ifPresent(
            s ->
                feeds.add(
                    new FeedLink(
                        ui.t("feed.story", s.title()), "/feeds/story/" + s.id().value(), "")));
    String ld = JsonLd.newsArticle(view, urls.of(ctx, path), urls.of(ctx, "/"), ui.t("site.name"));
    PageMeta meta =
        PageMeta.of(view.stored().article().title(), view.description(), feeds)
            .canonical(path)
            .jsonLd(ld);
    views.render(ctx, "article.jte", ui, meta, Map.of("view", view, "now", Instant.now()));
  }
}
