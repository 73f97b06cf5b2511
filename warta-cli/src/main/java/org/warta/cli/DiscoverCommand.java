package org.warta.cli;

import java.net.URI;
import java.util.Locale;
import org.warta.pipeline.setup.Candidate;
import org.warta.pipeline.setup.SetupPlan;
import org.warta.pipeline.setup.SourceSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code warta discover <site>}: what {@code sources add} would add, without adding it. */
@Command(
    name = "discover",
    description = {
      "Show what 'sources add' would add for a URL (feeds, sitemaps, or the page as a section"
          + " page), without adding anything.",
      "Output: one line per source: kind, URL, description; then notes."
    })
public final class DiscoverCommand extends WartaSubcommand {
  @Parameters(paramLabel = "<site>", description = "Home page, section page, feed or sitemap URL")
  String site = "";

  @Override
  protected int run(App app) {
    URI url = SourcesCommand.parse(site);
    SetupPlan plan;
    try {
      plan = app.sourceSetup().plan(url);
    } catch (SourceSetup.SetupException e) {
      throw new UserError("cannot follow " + site + ": " + e.getMessage(), e);
    }
    console.info(url + " is " + plan.finding());
    for (Candidate c : plan.candidates()) {
      console.println(
          c.source().kind().name().toLowerCase(Locale.ROOT)
              + "\t"
              + c.source().url()
              + "\t"
              + c.description());
    }
    plan.notes().forEach(n -> console.info("note: " + n));
    return 0;
  }
}
