package org.warta.web.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.warta.core.Story;
import org.warta.core.StoryId;
import org.warta.web.chart.BarChart;
import org.warta.web.chart.TimeBuckets;
import org.warta.web.i18n.Ui;
import org.warta.web.view.StoryReads;
import org.warta.web.view.StoryView;

/**
 * {@code /story/{id}}: full coverage of one event. A story merged into another answers with a
 * permanent redirect to the survivor, so old links keep working.
 */
public final class StoryPage {
  static final int MAX_BARS = 24;

  private final StoryReads reads;
  private final Views views;

  public StoryPage(StoryReads reads, Views views) {
    this.reads = reads;
    this.views = views;
  }

  public void show(Context ctx) {
    StoryId id = new StoryId(Params.pathId(ctx, "id"));
    Story story = reads.story(id).orElseThrow(() -> new NotFoundResponse("no story " + id));
    if (!story.id().equals(id)) {
      ctx.redirect("/story/" + story.id().value(), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    Ui ui = views.ui(ctx);
    StoryView view = reads.view(story);
    String chart =
        BarChart.svg(
            "coverage",
            ui.t("story.chart.title"),
            ui.t("story.chart.unit"),
            TimeBuckets.count(
                view.times(), MAX_BARS, ui.zone(), t -> ui.shortDate(t, Instant.EPOCH)));
    PageMeta meta =
        PageMeta.of(
                story.title(),
                ui.t("story.description", story.articleCount(), story.sourceCount()),
                List.of(
                    HomePage.latestFeed(ui),
                    new FeedLink(
                        ui.t("feed.story", story.title()),
                        "/feeds/story/" + story.id().value(),
                        "")))
            .canonical("/story/" + story.id().value());
    views.render(
        ctx, "story.jte", ui, meta, Map.of("view", view, "chart", chart, "now", Instant.now()));
  }
}
