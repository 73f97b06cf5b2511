package org.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code warta}: the root command. Every operation is a subcommand listed here; global options
 * ({@code --data}) live in {@link GlobalOptions} and are accepted before or after the subcommand.
 */
@Command(
    name = "warta",
    mixinStandardHelpOptions = true,
    versionProvider = WartaCommand.Version.class,
    description = "Warta: a self-hostable news aggregation engine.",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      SourcesCommand.class,
      DiscoverCommand.class,
      CrawlCommand.class,
      AddArticleCommand.class,
      ArticlesCommand.class,
      FetchCommand.class,
      ImportWarcCommand.class,
      ReindexCommand.class,
      SearchCommand.class,
      LangidCommand.class,
      ExtractCommand.class,
      UsersCommand.class,
      DedupeCommand.class,
      StoriesCommand.class,
      CopyStoreCommand.class,
      RetentionCommand.class,
      StatsCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class WartaCommand {
  @picocli.CommandLine.Mixin GlobalOptions global = new GlobalOptions();

  /**
   * The configured command line: exit codes, error handling and help as every subcommand uses them.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new WartaCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(new Failures());
    return cli;
  }

  /** Reports the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = WartaCommand.class.getPackage().getImplementationVersion();
      return new String[] {"warta " + (v == null ? "(development build)" : v)};
    }
  }
}
