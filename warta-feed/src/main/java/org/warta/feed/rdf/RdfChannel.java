package org.warta.feed.rdf;

import java.net.URI;
import java.util.List;

/**
 * An RSS 1.0 (or 0.90) {@code channel} with the items that follow it in {@code rdf:RDF} (RSS 1.0
 * sections 5.3 and 5.5; the syndication module's update period and frequency).
 *
 * @param legacy whether the document is RSS 0.90 (namespace {@code
 *     my.netscape.com/rdf/simple/0.9/})
 */
public record RdfChannel(
    boolean legacy,
    String title,
    String link,
    String description,
    String language,
    String date,
    String updatePeriod,
    String updateFrequency,
    List<RdfItem> items,
    URI base) {

  public RdfChannel {
    items = List.copyOf(items);
  }
}
