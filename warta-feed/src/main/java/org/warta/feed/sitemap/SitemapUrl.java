package org.warta.feed.sitemap;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One {@code url} of a sitemap (sitemaps.org 0.9 {@code loc}, {@code lastmod}, {@code changefreq},
 * {@code priority}), with its Google News entry and image URLs ({@code image:loc}) when present.
 *
 * @param changeFrequency as written ({@code always} … {@code never}), empty when absent
 */
public record SitemapUrl(
    URI loc,
    Optional<OffsetDateTime> lastModified,
    String changeFrequency,
    Optional<Double> priority,
    Optional<NewsEntry> news,
    List<URI> images) {

  public SitemapUrl {
    images = List.copyOf(images);
  }
}
