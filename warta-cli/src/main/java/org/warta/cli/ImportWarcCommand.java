package org.warta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.warta.cli.console.TaskProgress;
import org.warta.core.Language;
import org.warta.pipeline.archive.ImportSummary;
import org.warta.warc.ArchiveFilter;
import org.warta.warc.ArchiveFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta import-warc <file…>}: imports the article pages of web archives. */
@Command(
    name = "import-warc",
    description = {
      "Import the article pages of WARC files (.warc or .warc.gz, e.g. CC-NEWS).",
      "An interrupted import resumes where it stopped; a finished file is skipped unless --again."
    })
public final class ImportWarcCommand extends WartaSubcommand {
  @Parameters(arity = "1..*", paramLabel = "<file>", description = "WARC files to import")
  List<Path> files = List.of();

  @Option(
      names = "--host",
      paramLabel = "<host>",
      description = "Only pages of these hosts (and their subdomains)")
  List<String> hosts = List.of();

  @Option(
      names = "--from",
      paramLabel = "<yyyy-mm-dd>",
      description = "Only captures on or after this day (UTC)")
  @Nullable LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "<yyyy-mm-dd>",
      description = "Only captures before this day (UTC)")
  @Nullable LocalDate to;

  @Option(names = "--again", description = "Read files that were imported before once more")
  boolean again;

  @Option(
      names = "--language",
      paramLabel = "<code>",
      split = ",",
      description =
          "Only articles in these languages (ISO 639-1, e.g. id,en); decided after extraction")
  List<String> languages = List.of();

  @Override
  protected int run(App app) throws Exception {
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new UserError("no such file: " + f + " (give the path of a .warc or .warc.gz file)");
      }
    }
    ArchiveFilter filter =
        ArchiveFilter.htmlPages().withHosts(Set.copyOf(hosts)).between(day(from), day(to));
    int failures = 0;
    for (Path file : files) {
      ImportSummary summary;
      try (TaskProgress progress =
          console.progress("import " + file.getFileName(), "MB", 1 << 20)) {
        summary = app.archiveImport().run(file, filter, languages(), again, progress);
      } catch (ArchiveFormatException e) {
        throw new UserError(e.getMessage(), e);
      }
      console.println(summary.line());
      failures += (int) Math.min(summary.failed(), 1);
    }
    return failures == 0 ? 0 : 1;
  }

  private Set<Language> languages() {
    Set<Language> wanted = new java.util.HashSet<>();
    for (String code : languages) {
      Language l = Language.of(code);
      if (!l.isDetermined()) {
        throw new UserError(
            "--language takes ISO 639-1 codes such as id or en, got '" + code + "'");
      }
      wanted.add(l);
    }
    return wanted;
  }

  private static Optional<Instant> day(@Nullable LocalDate d) {
    return Optional.ofNullable(d).map(x -> x.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
