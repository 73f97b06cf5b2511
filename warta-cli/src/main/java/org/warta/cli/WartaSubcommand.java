package org.warta.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.cli.console.Console;
import org.warta.cli.settings.Settings;
import org.warta.cli.settings.SettingsLoader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every {@code warta} subcommand: resolves the global options wherever they were given,
 * loads the settings and runs the command with its {@link App}.
 */
public abstract class WartaSubcommand implements Callable<Integer> {
  @Mixin GlobalOptions global = new GlobalOptions();
  @Spec CommandSpec spec;

  protected final Console console = Console.system();

  /** Runs the command; returns the exit status. */
  protected abstract int run(App app) throws Exception;

  @Override
  public final Integer call() throws Exception {
    try (App app = new App(settings())) {
      return run(app);
    }
  }

  /** The settings, with {@code --data}/{@code --config} from this command or any parent. */
  protected Settings settings() {
    Optional<Path> data = Optional.empty();
    Optional<Path> config = Optional.empty();
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      GlobalOptions g = globalOf(s.userObject());
      if (g != null) {
        data = data.or(g::data);
        config = config.or(g::config);
      }
    }
    Path home = Path.of(System.getProperty("warta.home", "")).toAbsolutePath();
    return SettingsLoader.load(home, data, config, System.getenv());
  }

  private static GlobalOptions globalOf(Object command) {
    if (command instanceof WartaSubcommand c) {
      return c.global;
    }
    if (command instanceof WartaCommand c) {
      return c.global;
    }
    if (command instanceof HasGlobalOptions c) {
      return c.global();
    }
    return null;
  }

  /** A command group (like {@code sources}) that accepts the global options itself. */
  public interface HasGlobalOptions {
    GlobalOptions global();
  }
}
