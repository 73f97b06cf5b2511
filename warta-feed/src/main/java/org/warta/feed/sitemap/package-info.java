/**
 * Sitemaps (sitemaps.org 0.9: urlset, sitemap index, gzip, plain text) and Google News sitemaps,
 * read into records and adapted to {@link org.warta.core.FeedItem}.
 */
@NullMarked
package org.warta.feed.sitemap;

import org.jspecify.annotations.NullMarked;
