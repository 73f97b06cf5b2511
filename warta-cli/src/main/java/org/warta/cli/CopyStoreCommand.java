package org.warta.cli;

import java.util.Locale;
import org.warta.cli.console.TaskProgress;
import org.warta.store.DatabaseUrl;
import org.warta.store.StoreCopy;
import org.warta.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta copy-store --from <jdbc-url> --to <jdbc-url>}: copies a whole installation. */
@Command(
    name = "copy-store",
    description = {
      "Copy a whole installation between databases (SQLite <-> PostgreSQL): sources, articles and"
          + " their URLs, stories, URL states, checkpoints, tombstones and every other table, ids"
          + " kept, row counts verified.",
      "The target must be empty. Rebuild or keep the search index: ids and change numbers are kept."
    })
public final class CopyStoreCommand extends WartaSubcommand {
  @Option(
      names = "--from",
      required = true,
      paramLabel = "<jdbc-url>",
      description = "Source database, e.g. jdbc:sqlite:data/warta.db")
  String from = "";

  @Option(
      names = "--to",
      required = true,
      paramLabel = "<jdbc-url>",
      description = "Target database, e.g. jdbc:postgresql://127.0.0.1:5432/warta?user=warta")
  String to = "";

  @Override
  protected int run(App app) {
    DatabaseUrl source = url(from, "--from");
    DatabaseUrl target = url(to, "--to");
    StoreCopy.Report report;
    try (TaskProgress progress = console.progress("copy", "rows", 1)) {
      report = StoreCopy.copy(source, target, new CopyProgress(progress));
    } catch (StoreException e) {
      throw new UserError(e.getMessage(), e);
    }
    for (StoreCopy.TableCount t : report.tables()) {
      if (!t.matches()) {
        console.error(
            "table "
                + t.table()
                + ": "
                + t.source()
                + " rows in the source, "
                + t.target()
                + " in the target");
      }
    }
    console.println(
        String.format(
            Locale.ROOT,
            "copied %d rows in %d tables from %s to %s in %.1f s; counts %s",
            report.rows(),
            report.tables().size(),
            source.redacted(),
            target.redacted(),
            report.took().toMillis() / 1000.0,
            report.verified() ? "verified" : "DIFFER"));
    return report.verified() ? 0 : 1;
  }

  private static DatabaseUrl url(String text, String option) {
    try {
      return DatabaseUrl.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(option + ": " + e.getMessage(), e);
    }
  }
}
