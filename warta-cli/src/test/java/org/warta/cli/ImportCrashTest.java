package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.warta.benchgen.BenchSettings;
import org.warta.benchgen.BenchWarc;
import org.warta.search.SearchIndex;

/**
 * Crash safety of archive imports (issue 7): a real {@code warta import-warc} process is killed
 * with SIGKILL in the middle of a large import, then started again. Nothing committed is lost,
 * nothing is stored twice, the import resumes from its checkpoint (not from the first record), and
 * the search index — repaired by the restarted process — holds exactly the stored articles.
 */
class ImportCrashTest {
  private static final int ARTICLES = 1_500;
  private static final long KILL_AFTER = 300;

  @TempDir Path dir;
  private String classPath = "";

  /**
   * A private copy of the test class path, so that the child processes run the same classes even if
   * a build replaces the jars meanwhile (several builds share a machine during development).
   */
  private static String frozenClassPath(Path into) throws java.io.IOException {
    List<String> out = new ArrayList<>();
    int i = 0;
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path from = Path.of(entry);
      if (!Files.exists(from)) {
        continue;
      }
      Path to = into.resolve((i++) + "-" + from.getFileName());
      if (Files.isDirectory(from)) {
        try (var files = Files.walk(from)) {
          for (Path f : files.toList()) {
            Path target = to.resolve(from.relativize(f).toString());
            if (Files.isDirectory(f)) {
              Files.createDirectories(target);
            } else {
              Files.copy(f, target);
            }
          }
        }
      } else {
        Files.createDirectories(into);
        Files.copy(from, to);
      }
      out.add(to.toString());
    }
    return String.join(java.io.File.pathSeparator, out);
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void aKilledImportResumesWithoutLossOrDuplicates() throws Exception {
    Path warc = dir.resolve("bench.warc.gz");
    BenchWarc.write(BenchSettings.of(ARTICLES, 40), warc, n -> {});
    Path data = dir.resolve("data");
    Path db = data.resolve("warta.db");
    classPath = frozenClassPath(dir.resolve("cp"));

    Process first = start(warc, data, dir.resolve("first.log"));
    awaitArticlesAndCheckpoint(first, db, dir.resolve("first.log"));
    first.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no cleanup
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).isEqualTo(137);

    Set<String> committed = canonicalUrls(db);
    long checkpointRecords = single(db, "SELECT records FROM import_checkpoint");
    assertThat(committed).hasSizeGreaterThanOrEqualTo((int) KILL_AFTER);
    assertThat(committed.size()).isLessThan(ARTICLES);

    Path secondLog = dir.resolve("second.log");
    Process second = start(warc, data, secondLog);
    assertThat(second.waitFor(10, TimeUnit.MINUTES)).as("second import finished").isTrue();
    String summary = Files.readString(secondLog);
    assertThat(second.exitValue()).as(summary).isZero();
    assertThat(summary).contains("(resumed)");
    long secondRecords = firstNumberBefore(summary, " records,");
    // the second run starts at the checkpointed record (read again, recognised as known)
    assertThat(secondRecords).isLessThanOrEqualTo(ARTICLES - checkpointRecords + 1);

    Set<String> after = canonicalUrls(db);
    assertThat(after).containsAll(committed);
    assertThat(single(db, "SELECT COUNT(*) FROM article")).isEqualTo(after.size());
    assertThat(
            single(
                db,
                "SELECT COUNT(*) FROM (SELECT url FROM article GROUP BY url HAVING COUNT(*) > 1)"
                    + " d"))
        .isZero();
    assertThat(single(db, "SELECT done FROM import_checkpoint")).isEqualTo(1);
    // every page of the archive was read exactly once across both runs, or once more after the
    // checkpoint: the stored set equals what an uninterrupted import stores
    Path clean = dir.resolve("clean");
    Process baseline = start(warc, clean, dir.resolve("clean.log"));
    assertThat(baseline.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(after).isEqualTo(canonicalUrls(clean.resolve("warta.db")));
    try (SearchIndex index = SearchIndex.open(data.resolve("index"))) {
      assertThat(index.count()).isEqualTo(after.size());
    }
  }

  private Process start(Path warc, Path data, Path log) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("--add-modules");
    cmd.add("jdk.incubator.vector");
    cmd.add("-Xmx256m");
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add("org.warta.cli.Main");
    cmd.add("import-warc");
    cmd.add(warc.toString());
    cmd.add("--data");
    cmd.add(data.toString());
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove("WARTA_DATABASE_URL");
    pb.environment().remove("WARTA_CONFIG");
    return pb.start();
  }

  /**
   * Waits (polling, with a generous guard) until enough articles and a checkpoint are committed.
   */
  private static void awaitArticlesAndCheckpoint(Process p, Path db, Path log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new AssertionError(
            "the import ended before it could be killed: " + Files.readString(log));
      }
      if (Files.exists(db)) {
        try {
          if (single(db, "SELECT COUNT(*) FROM article") >= KILL_AFTER
              && single(db, "SELECT COUNT(*) FROM import_checkpoint WHERE records > 0") > 0) {
            return;
          }
        } catch (SQLException e) {
          // schema not created yet, or busy: try again
        }
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new AssertionError("no progress within 8 minutes: " + Files.readString(log));
  }

  private static Set<String> canonicalUrls(Path db) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT canonical_url FROM article")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static long single(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : -1;
    }
  }

  private static long firstNumberBefore(String text, String marker) {
    int end = text.lastIndexOf(marker);
    int start = end;
    while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
      start--;
    }
    return Long.parseLong(text.substring(start, end));
  }
}
