package org.warta.feed.write;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warta.core.Check;
import org.warta.core.Language;

/**
 * A feed Warta publishes: its metadata and entries, independent of the output format.
 *
 * @param selfLink the URL this feed is served at (Atom id and {@code rel="self"}, JSON Feed {@code
 *     feed_url})
 * @param homeLink the HTML page the feed belongs to
 * @param updated when the feed last changed; when empty, the latest entry change is used
 */
public record OutgoingFeed(
    String title,
    String description,
    URI selfLink,
    URI homeLink,
    Language language,
    Optional<OffsetDateTime> updated,
    List<OutgoingEntry> entries) {

  private static final OffsetDateTime EPOCH = OffsetDateTime.parse("1970-01-01T00:00:00Z");

  public OutgoingFeed {
    Check.notBlank(title, "feed title");
    Check.httpUrl(selfLink, "feed self link");
    Check.httpUrl(homeLink, "feed home link");
    entries = List.copyOf(entries);
  }

  /** {@link #updated()}, else the latest entry change, else the Unix epoch (Atom requires one). */
  public OffsetDateTime lastChange() {
    return updated.orElseGet(
        () ->
            entries.stream()
                .flatMap(e -> e.lastChange().stream())
                .max(Comparator.naturalOrder())
                .orElse(EPOCH));
  }
}
