package org.warta.pipeline.opml;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.core.DisplayPolicy;
import org.warta.core.Language;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.feed.FeedException;
import org.warta.feed.opml.Opml;
import org.warta.feed.opml.OpmlReader;
import org.warta.feed.opml.Outline;
import org.warta.feed.opml.Subscription;
import org.warta.store.Store;

/**
 * {@code warta sources import-opml <file>}: every subscription of an OPML 1.0/2.0 file becomes a
 * source with the folders it sits in. Nothing is fetched: the feeds are read at their first poll,
 * where a broken one shows its error in {@code sources list}. Sources already followed keep their
 * settings and get the file's folders only if they had none.
 */
public final class OpmlImport {
  private final Store store;

  public OpmlImport(Store store) {
    this.store = store;
  }

  /** What an import did. */
  public record Imported(int added, int known, int skipped, List<String> notes) {
    public Imported {
      notes = List.copyOf(notes);
    }

    public String line() {
      return added
          + " sources added, "
          + known
          + " already followed, "
          + skipped
          + " outlines skipped";
    }
  }

  /**
   * Imports the OPML document {@code body} read from {@code file}.
   *
   * @throws FeedException when the file is no OPML document (the message names it)
   */
  public Imported run(byte[] body, URI file) {
    Opml opml = OpmlReader.read(body, file);
    int added = 0;
    int known = 0;
    List<String> notes = new ArrayList<>();
    for (Subscription sub : opml.subscriptions()) {
      Outline o = sub.outline();
      URI url = o.xmlUrl().orElseThrow();
      Optional<SourceKind> kind = OutlineTypes.kind(o.type());
      if (kind.isEmpty()) {
        notes.add("skipped '" + o.text() + "': outline type '" + o.type() + "' is not a feed");
        continue;
      }
      boolean existed = store.sources().findByUrl(url).isPresent();
      Source source = store.sources().add(newSource(o, url, kind.get()));
      if (!existed || store.folders().folders(source.id()).isEmpty()) {
        store.folders().setFolders(source.id(), sub.folders());
      }
      if (existed) {
        known++;
      } else {
        added++;
      }
    }
    int skipped = opml.subscriptions().size() - added - known;
    return new Imported(added, known, skipped, notes);
  }

  private static NewSource newSource(Outline o, URI url, SourceKind kind) {
    String name = !o.text().isBlank() ? o.text().strip() : o.title().strip();
    URI home = o.htmlUrl().orElse(url.resolve("/"));
    Language language = o.language().isBlank() ? Language.UNDETERMINED : Language.of(o.language());
    return new NewSource(
        name.isEmpty() ? url.getHost() : name, url, home, kind, language, DisplayPolicy.EXCERPT);
  }
}
