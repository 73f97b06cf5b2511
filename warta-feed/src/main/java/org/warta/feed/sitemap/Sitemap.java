package org.warta.feed.sitemap;

import java.util.List;

/**
 * A sitemap as read by {@link SitemapReader}: either a list of page URLs ({@link UrlSet}, from a
 * {@code urlset} or a text sitemap) or a list of further sitemaps ({@link Index}, from a {@code
 * sitemapindex}), with the recoverable oddities met while reading.
 */
public sealed interface Sitemap {

  /** Recoverable oddities: skipped URLs, truncation, repaired XML. */
  List<String> warnings();

  /** The pages of a {@code urlset} (sitemaps.org 0.9) or a text sitemap. */
  record UrlSet(List<SitemapUrl> urls, List<String> warnings) implements Sitemap {
    public UrlSet {
      urls = List.copyOf(urls);
      warnings = List.copyOf(warnings);
    }
  }

  /** The child sitemaps of a {@code sitemapindex}. */
  record Index(List<SitemapRef> sitemaps, List<String> warnings) implements Sitemap {
    public Index {
      sitemaps = List.copyOf(sitemaps);
      warnings = List.copyOf(warnings);
    }
  }
}
