package org.warta.cli;

import java.net.URI;
import java.time.InstantSource;
import org.warta.cli.console.TaskProgress;
import org.warta.pipeline.crawl.CrawlReport;
import org.warta.pipeline.crawl.SiteCrawl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta crawl <site>}: a bounded crawl of a site without feeds. */
@Command(
    name = "crawl",
    description = {
      "Crawl a site without feeds: article links found on the page and on the articles it leads"
          + " to (two links deep), politely, at most --max-pages per run.",
      "URL patterns that never give articles are learned and skipped next time."
    })
public final class CrawlCommand extends WartaSubcommand {
  @Parameters(paramLabel = "<site>", description = "Home or section page URL")
  String site = "";

  @Option(
      names = "--max-pages",
      paramLabel = "<n>",
      description = "Pages fetched per run (default: ${DEFAULT-VALUE})")
  int maxPages = 100;

  @Override
  protected int run(App app) {
    if (maxPages < 1) {
      throw new UserError("--max-pages must be at least 1, got " + maxPages);
    }
    URI uri = SourcesCommand.parse(site);
    CrawlReport report;
    try (TaskProgress progress = console.progress("crawl " + uri.getHost(), "pages", 1)) {
      report =
          new SiteCrawl(app.store(), app.fetcher(), app.ingest(), InstantSource.system())
              .crawl(uri, maxPages, progress);
    } catch (SiteCrawl.CrawlException e) {
      throw new UserError("cannot crawl " + site + ": " + e.getMessage(), e);
    }
    app.indexSync().catchUp();
    report.notes().forEach(console::warn);
    console.println(report.line());
    return report.failed() > 0 && report.created() == 0 && report.known() == 0 ? 1 : 0;
  }
}
