package org.warta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.warta.feed.FeedException;
import org.warta.pipeline.opml.OpmlExport;
import org.warta.pipeline.opml.OpmlImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta sources import-opml <file>} and {@code export-opml [file]}, with folders. */
final class OpmlCommands {
  private OpmlCommands() {}

  /** {@code warta sources import-opml <file>}. */
  @Command(
      name = "import-opml",
      description = {
        "Add the feeds of an OPML subscription list (OPML 1.0/2.0), keeping their folders.",
        "Nothing is fetched now; the feeds are read at their first poll."
      })
  static final class Import extends WartaSubcommand {
    @Parameters(paramLabel = "<file>", description = "OPML file")
    Path file = Path.of("");

    @Override
    protected int run(App app) throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new UserError("no such file: " + file + " (give the path of an .opml file)");
      }
      OpmlImport.Imported imported;
      try {
        imported = new OpmlImport(app.store()).run(Files.readAllBytes(file), file.toUri());
      } catch (FeedException e) {
        throw new UserError(e.getMessage(), e);
      }
      imported.notes().forEach(console::warn);
      console.println(imported.line());
      return 0;
    }
  }

  /** {@code warta sources export-opml [file]}. */
  @Command(
      name = "export-opml",
      description = {
        "Write the followed feeds as OPML 2.0 with their folders, to the file or standard output.",
        "--all also writes sitemaps and section pages (with Warta's own outline types)."
      })
  static final class Export extends WartaSubcommand {
    @Parameters(
        arity = "0..1",
        paramLabel = "<file>",
        description = "Where to write (default: standard output)")
    Optional<Path> file = Optional.empty();

    @Option(names = "--all", description = "Also sitemaps and section pages, not only feeds")
    boolean all;

    @Override
    protected int run(App app) throws IOException {
      OpmlExport.Exported exported = new OpmlExport(app.store()).write(all, Instant.now());
      if (file.isPresent()) {
        Files.write(file.get(), exported.opml());
        console.info("wrote " + exported.written() + " sources to " + file.get());
      } else {
        console.out().write(exported.opml());
        console.out().flush();
      }
      if (exported.leftOut() > 0) {
        console.info(
            exported.leftOut()
                + " sitemaps and section pages left out (they are not feeds); --all includes them");
      }
      return 0;
    }
  }
}
