package org.warta.feed.write;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.warta.core.Check;
import org.warta.core.Image;

/**
 * One entry of a feed Warta publishes (latest, a source, a story, a search).
 *
 * @param id the stable identity: the same article must always get the same id (it becomes the RSS
 *     guid, the Atom id and the JSON Feed id)
 * @param summaryHtml a short HTML summary, already sanitized; empty when none
 * @param contentHtml the full HTML body, already sanitized; empty for excerpt-only sources
 */
public record OutgoingEntry(
    String id,
    String title,
    URI link,
    Optional<OffsetDateTime> published,
    Optional<OffsetDateTime> updated,
    String summaryHtml,
    String contentHtml,
    List<String> authors,
    List<String> categories,
    Optional<Image> image) {

  public OutgoingEntry {
    Check.notBlank(id, "entry id");
    Check.httpUrl(link, "entry link");
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
  }

  /** The most recent of updated and published, if any. */
  public Optional<OffsetDateTime> lastChange() {
    return updated.or(() -> published);
  }
}
