package org.warta.pipeline.opml;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.core.SourceKind;
import org.warta.feed.opml.Opml;
import org.warta.feed.opml.OpmlWriter;
import org.warta.feed.opml.Outline;
import org.warta.feed.opml.Subscription;
import org.warta.store.Store;

/**
 * {@code warta sources export-opml [file]}: the followed feeds as an OPML 2.0 subscription list
 * with their folders, for another feed reader or a backup. Sitemaps and section pages are not feeds
 * other readers can follow; they are written (with Warta's own outline types) only when asked.
 */
public final class OpmlExport {
  private final Store store;

  public OpmlExport(Store store) {
    this.store = store;
  }

  /** The document and how many sources it lists (and left out). */
  public record Exported(byte[] opml, int written, int leftOut) {}

  /**
   * @param everything also sitemaps and section pages, not only feeds
   */
  public Exported write(boolean everything, Instant now) {
    Map<SourceId, List<String>> folders = store.folders().all();
    List<Subscription> subscriptions = new ArrayList<>();
    int leftOut = 0;
    for (Source s : store.sources().list()) {
      boolean wanted =
          s.kind() == SourceKind.FEED || (everything && !OutlineTypes.of(s.kind()).isEmpty());
      if (!wanted) {
        leftOut += s.kind().isPolled() ? 1 : 0;
        continue;
      }
      subscriptions.add(new Subscription(folders.getOrDefault(s.id(), List.of()), outline(s)));
    }
    Opml opml =
        new Opml(
            "Warta sources",
            Optional.of(now.atOffset(ZoneOffset.UTC)),
            "",
            OpmlWriter.tree(subscriptions));
    return new Exported(OpmlWriter.write(opml), subscriptions.size(), leftOut);
  }

  private static Outline outline(Source s) {
    Optional<URI> home =
        s.homeUrl().getHost() == null ? Optional.empty() : Optional.of(s.homeUrl());
    String language = s.language().isDetermined() ? s.language().code() : "";
    return new Outline(
        s.name(),
        s.name(),
        OutlineTypes.of(s.kind()),
        Optional.of(s.url()),
        home,
        language,
        List.of(),
        List.of());
  }
}
