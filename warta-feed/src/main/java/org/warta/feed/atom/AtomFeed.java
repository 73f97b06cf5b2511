package org.warta.feed.atom;

import java.net.URI;
import java.util.List;

/**
 * An Atom {@code feed} as written (RFC 4287 section 4.1.1; Atom 0.3 {@code tagline} and {@code
 * modified} mapped to {@code subtitle} and {@code updated}).
 *
 * @param legacy whether the document is Atom 0.3
 */
public record AtomFeed(
    boolean legacy,
    String id,
    String title,
    String subtitle,
    List<AtomLink> links,
    String updated,
    String language,
    List<AtomEntry> entries,
    URI base) {

  public AtomFeed {
    links = List.copyOf(links);
    entries = List.copyOf(entries);
  }
}
