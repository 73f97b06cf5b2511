package org.warta.feed.rss;

import java.net.URI;
import java.util.List;
import org.warta.feed.atom.AtomLink;

/**
 * An RSS {@code channel} as written (RSS 0.91/0.92/2.0 "Required/Optional channel elements", the
 * syndication module's {@code sy:updatePeriod}/{@code sy:updateFrequency}, {@code atom:link} for
 * WebSub). Text fields are empty when absent.
 *
 * @param version the {@code version} attribute of {@code rss}, e.g. {@code 2.0}, {@code 0.91}
 */
public record RssChannel(
    String version,
    String title,
    String link,
    String description,
    String language,
    String lastBuildDate,
    String pubDate,
    String ttl,
    List<String> skipHours,
    List<String> skipDays,
    String updatePeriod,
    String updateFrequency,
    List<AtomLink> atomLinks,
    List<RssItem> items,
    URI base) {

  public RssChannel {
    skipHours = List.copyOf(skipHours);
    skipDays = List.copyOf(skipDays);
    atomLinks = List.copyOf(atomLinks);
    items = List.copyOf(items);
  }
}
