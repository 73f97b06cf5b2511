package org.warta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.warta.core.NewSource;
import org.warta.core.SourceKind;
import org.warta.pipeline.Progress;
import org.warta.pipeline.archive.ImportSummary;
import org.warta.sample.SampleCorpus;
import org.warta.sample.key.PublisherEntry;
import org.warta.store.Store;
import org.warta.warc.ArchiveFilter;

/**
 * The sample corpus shipped with Warta (fictional publishers and events, see warta-sample): its
 * publishers become archive sources with their names, languages, display policies and home pages
 * (their {@code .example} feeds cannot be polled), then its WARC is imported. Importing twice
 * changes nothing.
 */
final class DemoCorpus {
  private DemoCorpus() {}

  /** Imports the sample into the app's store unless it was imported before. */
  static ImportSummary importInto(App app, Progress progress) throws IOException {
    Path warc = app.settings().dataDir().resolve("sample").resolve(SampleCorpus.WARC);
    copyWarc(warc);
    addPublishers(app.store());
    return app.archiveImport().run(warc, ArchiveFilter.htmlPages(), false, progress);
  }

  private static void addPublishers(Store store) {
    for (PublisherEntry p : SampleCorpus.manifest().entries()) {
      store
          .sources()
          .add(
              new NewSource(
                  p.name(),
                  URI.create("archive:" + p.host()),
                  p.homeUrl(),
                  SourceKind.ARCHIVE,
                  p.language(),
                  p.display()));
    }
  }

  private static void copyWarc(Path target) throws IOException {
    if (Files.isRegularFile(target)) {
      return;
    }
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling(target.getFileName() + ".part");
    try (InputStream in = SampleCorpus.openWarc()) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
