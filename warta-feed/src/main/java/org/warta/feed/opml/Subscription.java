package org.warta.feed.opml;

import java.util.List;

/**
 * A feed subscription found in an OPML file with the folders it sits in (outermost first): what
 * {@code warta sources import-opml} adds as a source.
 */
public record Subscription(List<String> folders, Outline outline) {
  public Subscription {
    folders = List.copyOf(folders);
  }
}
