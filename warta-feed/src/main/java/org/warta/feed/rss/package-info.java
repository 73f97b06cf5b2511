/**
 * RSS 0.91, 0.92 and 2.0: raw channel and item records read from the element tree, and the adapter
 * to {@link org.warta.core.FeedItem}.
 */
@NullMarked
package org.warta.feed.rss;

import org.jspecify.annotations.NullMarked;
