package org.warta.feed.opml;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An OPML 2.0 document (opml.org/spec2.opml): head metadata and the outline tree of the body. Used
 * for importing and exporting subscription lists with folders.
 */
public record Opml(
    String title, Optional<OffsetDateTime> created, String ownerName, List<Outline> outlines) {
  public Opml {
    outlines = List.copyOf(outlines);
  }

  /** Every subscription in the tree with its folder path, in document order. */
  public List<Subscription> subscriptions() {
    List<Subscription> found = new ArrayList<>();
    collect(outlines, List.of(), found);
    return found;
  }

  private static void collect(
      List<Outline> outlines, List<String> folders, List<Subscription> found) {
    for (Outline outline : outlines) {
      if (outline.isSubscription()) {
        found.add(new Subscription(folders, outline));
      }
      if (!outline.children().isEmpty()) {
        List<String> inner = new ArrayList<>(folders);
        if (!outline.isSubscription()) {
          inner.add(outline.text().isEmpty() ? outline.title() : outline.text());
        }
        collect(outline.children(), inner, found);
      }
    }
  }
}
