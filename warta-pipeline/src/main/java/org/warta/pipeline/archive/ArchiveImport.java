package org.warta.pipeline.archive;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import org.warta.core.Article;
import org.warta.core.DisplayPolicy;
import org.warta.core.Language;
import org.warta.core.NewSource;
import org.warta.core.SourceId;
import org.warta.core.SourceKind;
import org.warta.pipeline.Progress;
import org.warta.pipeline.index.IndexSync;
import org.warta.pipeline.ingest.ArticleIngest;
import org.warta.pipeline.ingest.IngestOutcome;
import org.warta.store.Checkpoint;
import org.warta.store.Store;
import org.warta.warc.ArchiveFilter;
import org.warta.warc.ArchivedPage;
import org.warta.warc.WarcArchive;

/**
 * Imports the article pages of a WARC file: each page is ingested under an archive source for its
 * host. Progress is checkpointed in the store, so an interrupted import resumes after the last page
 * it handled; a finished file is not imported twice unless asked.
 */
public final class ArchiveImport {
  private static final int CHECKPOINT_EVERY = 200;

  private final Store store;
  private final ArticleIngest ingest;
  private final IndexSync index;
  private final Map<String, SourceId> sourcesByHost = new HashMap<>();

  public ArchiveImport(Store store, ArticleIngest ingest, IndexSync index) {
    this.store = store;
    this.ingest = ingest;
    this.index = index;
  }

  /**
   * Imports {@code file}; with {@code again} a finished file is read from the start once more
   * (stored articles are recognised and not duplicated).
   *
   * @throws IOException when the file cannot be read or is no WARC (nothing stored is lost)
   */
  public ImportSummary run(Path file, ArchiveFilter filter, boolean again, Progress progress)
      throws IOException {
    return run(file, filter, Set.of(), again, progress);
  }

  /**
   * Like {@link #run(Path, ArchiveFilter, boolean, Progress)}, keeping only articles in one of
   * {@code languages} (all when empty). The language is known only after extraction, so the filter
   * applies to extracted articles; the host and date filters apply before.
   */
  public ImportSummary run(
      Path file, ArchiveFilter filter, Set<Language> languages, boolean again, Progress progress)
      throws IOException {
    String key = file.toAbsolutePath().normalize().toString();
    Optional<Checkpoint> checkpoint = store.checkpoints().find(key);
    boolean resume = checkpoint.isPresent() && !checkpoint.get().done() && !again;
    if (checkpoint.isPresent() && checkpoint.get().done() && !again) {
      progress.warn(file + " was imported before; nothing to do (use --again to re-read it)");
      return new ImportSummary(key, 0, 0, 0, 0, 0, 0, false, Duration.ZERO);
    }
    OptionalLong resumeAfter =
        resume ? OptionalLong.of(checkpoint.get().position()) : OptionalLong.empty();
    long previousRecords = resume ? checkpoint.get().records() : 0;
    progress.total(Files.size(file));
    Counts counts = new Counts();
    Instant start = Instant.now();
    Predicate<Article> wanted =
        languages.isEmpty() ? a -> true : a -> languages.contains(a.language());
    try (WarcArchive archive = WarcArchive.open(file, filter, resumeAfter)) {
      archive.onWarning(progress::warn);
      long first = archive.position();
      long reported = first;
      Rate rate = new Rate(start);
      for (Optional<ArchivedPage> next = archive.next(); next.isPresent(); next = archive.next()) {
        handle(next.get(), wanted, counts, progress);
        progress.advance(archive.position() - reported, next.get().page().url().toString());
        reported = archive.position();
        rate.maybeNote(progress, archive.records(), reported - first);
        if (counts.pages % CHECKPOINT_EVERY == 0) {
          save(key, next.get().position(), previousRecords + archive.records(), false);
          index.catchUp();
        }
      }
      save(key, archive.position(), previousRecords + archive.records(), true);
      index.catchUp();
      return new ImportSummary(
          key,
          archive.records(),
          counts.pages,
          counts.created,
          counts.known,
          counts.skipped,
          counts.failed,
          resume,
          Duration.between(start, Instant.now()),
          archive.position() - first);
    }
  }

  /** Tells the progress display the record and byte rates, at most every half second. */
  private static final class Rate {
    private final Instant start;
    private long lastNanos = System.nanoTime();

    Rate(Instant start) {
      this.start = start;
    }

    void maybeNote(Progress progress, long records, long bytes) {
      long now = System.nanoTime();
      if (now - lastNanos < 500_000_000L) {
        return;
      }
      lastNanos = now;
      double seconds = Math.max(1, Duration.between(start, Instant.now()).toMillis()) / 1000.0;
      progress.note(
          String.format(
              Locale.ROOT,
              "%d records, %.0f records/s, %.1f MB/s",
              records,
              records / seconds,
              bytes / 1048576.0 / seconds));
    }
  }

  private void handle(
      ArchivedPage archived, Predicate<Article> wanted, Counts counts, Progress progress) {
    counts.pages++;
    URI url = archived.page().url();
    try {
      SourceId source = sourceFor(url);
      IngestOutcome outcome =
          ingest.ingest(archived.page(), source, url, ArticleIngest.Evidence.UNKNOWN, wanted);
      switch (outcome.kind()) {
        case NEW -> counts.created++;
        case KNOWN -> counts.known++;
        case SKIPPED -> counts.skipped++;
      }
    } catch (RuntimeException e) {
      counts.failed++;
      progress.warn("failed to import " + url + ": " + e.getMessage());
    }
  }

  /**
   * The source of an archived page: a configured source whose home page is on the same host (so
   * archived pages of a followed site join it), else an archive source for the host.
   */
  private SourceId sourceFor(URI url) {
    String host = url.getHost().toLowerCase(Locale.ROOT);
    if (sourcesByHost.isEmpty()) {
      for (var s : store.sources().list()) {
        String home = s.homeUrl().getHost();
        if (home != null) {
          sourcesByHost.putIfAbsent(home.toLowerCase(Locale.ROOT), s.id());
        }
      }
    }
    return sourcesByHost.computeIfAbsent(
        host,
        h ->
            store
                .sources()
                .add(
                    new NewSource(
                        displayName(h),
                        URI.create("archive:" + h),
                        URI.create(url.getScheme() + "://" + h + "/"),
                        SourceKind.ARCHIVE,
                        Language.UNDETERMINED,
                        DisplayPolicy.EXCERPT))
                .id());
  }

  /** "www.kabarnusa.example" is shown as "kabarnusa.example". */
  static String displayName(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private void save(String key, long position, long records, boolean done) {
    store.checkpoints().save(new Checkpoint(key, position, records, done, Instant.now()));
  }

  private static final class Counts {
    long pages;
    long created;
    long known;
    long skipped;
    long failed;
  }
}
