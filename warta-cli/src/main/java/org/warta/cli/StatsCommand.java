package org.warta.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.warta.store.StorageReport;
import picocli.CommandLine.Command;

/** {@code warta stats}: how much room the installation takes, in total and per article. */
@Command(
    name = "stats",
    description =
        "Show the storage used: database and search index bytes, in total and per article.")
public final class StatsCommand extends WartaSubcommand {
  @Override
  protected int run(App app) {
    StorageReport db = app.store().storageReport();
    long indexBytes = folderBytes(app.indexFolder());
    long n = Math.max(1, db.articles());
    console.println("database      " + app.databaseUrl().redacted());
    console.println(
        String.format(
            Locale.ROOT, "articles      %,d (%,d tombstones)", db.articles(), db.tombstones()));
    console.println(
        String.format(
            Locale.ROOT,
            "database      %,.1f MB  = %,d bytes per article (article text %,d bytes per article)",
            db.databaseBytes() / 1048576.0,
            db.databaseBytesPerArticle(),
            db.textBytesPerArticle()));
    console.println(
        String.format(
            Locale.ROOT,
            "search index  %,.1f MB  = %,d bytes per article",
            indexBytes / 1048576.0,
            db.articles() == 0 ? 0 : indexBytes / n));
    for (Map.Entry<String, Long> t : db.tableBytes().entrySet()) {
      console.println(
          String.format(
              Locale.ROOT, "  table %-22s %,12.1f MB", t.getKey(), t.getValue() / 1048576.0));
    }
    return 0;
  }

  static long folderBytes(Path folder) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  return 0; // a file Lucene removed meanwhile
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + folder, e);
    }
  }
}
