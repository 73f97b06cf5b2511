package org.warta.pipeline.archive;

import java.io.IOException;
import java.io.InterruptedIOException;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
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

  /** Pages ingested at once: two per core, so extraction keeps every core busy. */
  static final int PARALLEL = 2 * Math.max(1, Runtime.getRuntime().availableProcessors());

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
      readAndIngest(archive, key, previousRecords, wanted, counts, progress, start);
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

  /**
   * Reads the pages in file order and ingests up to {@link #PARALLEL} of them at once (extraction
   * is CPU-bound: this uses every core); checkpoints name only positions before which every page is
   * finished ({@link Completion}).
   */
  private void readAndIngest(
      WarcArchive archive,
      String key,
      long previousRecords,
      Predicate<Article> wanted,
      Counts counts,
      Progress progress,
      Instant start)
      throws IOException {
    Completion completion = new Completion();
    Semaphore slots = new Semaphore(PARALLEL);
    long first = archive.position();
    long reported = first;
    long handed = 0;
    Rate rate = new Rate(start);
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Optional<ArchivedPage> next = archive.next(); next.isPresent(); next = archive.next()) {
        ArchivedPage page = next.get();
        long seq = completion.started(page.position(), previousRecords + archive.records());
        acquire(slots);
        workers.execute(
            () -> {
              try {
                handle(page, wanted, counts, progress);
              } finally {
                completion.finished(seq);
                slots.release();
              }
            });
        progress.advance(archive.position() - reported, page.page().url().toString());
        reported = archive.position();
        rate.maybeNote(progress, archive.records(), reported - first);
        if (++handed % CHECKPOINT_EVERY == 0) {
          completion.safe().ifPresent(safe -> save(key, safe.position(), safe.records(), false));
          index.catchUp();
        }
      }
    }
  }

  private static void acquire(Semaphore slots) throws InterruptedIOException {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("the import was interrupted");
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
    URI url = archived.page().url();
    try {
      SourceId source = sourceFor(url);
      IngestOutcome outcome =
          ingest.ingest(archived.page(), source, url, ArticleIngest.Evidence.UNKNOWN, wanted);
      counts.add(outcome.kind());
    } catch (RuntimeException e) {
      counts.failed();
      progress.warn("failed to import " + url + ": " + e.getMessage());
    }
  }

  /**
   * The source of an archived page: a configured source whose home page is on the same host (so
   * archived pages of a followed site join it), else an archive source for the host.
   */
  private synchronized SourceId sourceFor(URI url) {
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

  /** Outcome counts, updated by the ingesting threads. */
  private static final class Counts {
    long pages;
    long created;
    long known;
    long skipped;
    long failed;

    synchronized void add(IngestOutcome.Kind kind) {
      pages++;
      switch (kind) {
        case NEW -> created++;
        case KNOWN -> known++;
        case SKIPPED -> skipped++;
      }
    }

    synchronized void failed() {
      pages++;
      failed++;
    }
  }
}
