package org.warta.cli;

import java.net.URI;
import org.warta.core.StoredArticle;
import org.warta.pipeline.crawl.ArticleAdd;
import org.warta.pipeline.ingest.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code warta add-article <url>}: fetches and stores one article. */
@Command(
    name = "add-article",
    description = {
      "Fetch one article page and store it under its publisher's source (or a manual source for"
          + " its site).",
      "Prints the article id, source id and title."
    })
public final class AddArticleCommand extends WartaSubcommand {
  @Parameters(paramLabel = "<url>", description = "Article URL")
  String url = "";

  @Override
  protected int run(App app) {
    URI uri = SourcesCommand.parse(url);
    ArticleAdd.Added added;
    try {
      added = new ArticleAdd(app.store(), app.fetcher(), app.ingest()).add(uri);
    } catch (ArticleAdd.AddException e) {
      throw new UserError("cannot add " + url + ": " + e.getMessage(), e);
    }
    IngestOutcome outcome = added.outcome();
    if (outcome.kind() == IngestOutcome.Kind.SKIPPED) {
      throw new UserError("cannot add " + url + ": " + outcome.reason());
    }
    app.indexSync().catchUp();
    StoredArticle a = outcome.article().orElseThrow();
    console.info(
        (outcome.kind() == IngestOutcome.Kind.NEW ? "added" : "already stored")
            + " under source "
            + added.source().id()
            + " '"
            + added.source().name()
            + "'");
    console.println(a.id() + "\t" + added.source().id() + "\t" + a.article().title());
    return 0;
  }
}
