package org.warta.cli;

import java.net.URI;
import java.net.URISyntaxException;
import org.warta.core.Source;
import org.warta.core.SourceStatus;
import org.warta.pipeline.setup.SourceSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code warta sources ...}: the sources Warta follows. */
@Command(
    name = "sources",
    description = "Add, list and manage the sources Warta follows.",
    subcommands = {
      SourcesCommand.Add.class,
      SourcesCommand.ListSources.class,
      SourcesManageCommands.Show.class,
      SourcesManageCommands.Remove.class,
      SourcesManageCommands.Pause.class,
      SourcesManageCommands.Resume.class,
      SourcesManageCommands.Dedupe.class,
      OpmlCommands.Import.class,
      OpmlCommands.Export.class
    })
public final class SourcesCommand implements WartaSubcommand.HasGlobalOptions {
  @Mixin GlobalOptions global = new GlobalOptions();

  @Override
  public GlobalOptions global() {
    return global;
  }

  /** {@code warta sources add <url>}. */
  @Command(
      name = "add",
      description = {
        "Add a feed, sitemap (or index), Google News sitemap, section page or home page; says what"
            + " it detected and added.",
        "A home page leads to the feeds it declares (<link rel=alternate>) and the sitemaps of"
            + " robots.txt, or is followed as a section page when there are none."
      })
  static final class Add extends WartaSubcommand {
    @Parameters(paramLabel = "<url>", description = "Feed, sitemap or page URL")
    String url = "";

    @Override
    protected int run(App app) {
      URI uri = parse(url);
      try {
        SourceSetup.Added added = app.sourceSetup().add(uri);
        console.println(added.explanation());
        for (Source s : added.sources()) {
          console.println(
              s.id()
                  + "\t"
                  + s.kind().name().toLowerCase(java.util.Locale.ROOT)
                  + "\t"
                  + s.name()
                  + "\t"
                  + s.url());
        }
        return 0;
      } catch (SourceSetup.SetupException e) {
        throw new UserError("cannot add " + url + ": " + e.getMessage(), e);
      }
    }
  }

  /** {@code warta sources list}. */
  @Command(
      name = "list",
      description = "List the sources: id, kind, state, articles, last error, name, URL.")
  static final class ListSources extends WartaSubcommand {
    @Override
    protected int run(App app) {
      for (Source s : app.store().sources().list()) {
        SourceStatus st = app.store().sources().status(s.id());
        console.println(
            String.join(
                "\t",
                s.id().toString(),
                s.kind().name().toLowerCase(java.util.Locale.ROOT),
                s.paused() ? "paused" : "active",
                Long.toString(st.articleCount()),
                st.lastError(),
                s.name(),
                s.url().toString()));
      }
      return 0;
    }
  }

  static URI parse(String url) {
    try {
      URI uri = new URI(url.strip());
      if (uri.getScheme() == null
          || !(uri.getScheme().equalsIgnoreCase("http")
              || uri.getScheme().equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new UserError(
            "'"
                + url
                + "' is not an http(s) URL; give a full address such as https://example.com/rss");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UserError("'" + url + "' is not a valid URL: " + e.getReason(), e);
    }
  }
}
