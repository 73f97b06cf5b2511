package org.warta.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Options every command accepts, before or after the subcommand name ({@code warta --data d serve}
 * and {@code warta serve --data d} are the same).
 */
public final class GlobalOptions {
  @Option(
      names = "--data",
      paramLabel = "<dir>",
      description =
          "Data folder (database, index, imports). Default: WARTA_DATA or data/ beside the"
              + " launcher.")
  @Nullable Path data;

  @Option(
      names = "--config",
      paramLabel = "<file>",
      description = "Settings file. Default: WARTA_CONFIG or warta.properties in the data folder.")
  @Nullable Path config;

  Optional<Path> data() {
    return Optional.ofNullable(data);
  }

  Optional<Path> config() {
    return Optional.ofNullable(config);
  }
}
