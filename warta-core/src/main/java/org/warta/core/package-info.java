/**
 * The records and value types every Warta stage shares: what a source is, what came over the wire
 * ({@link org.warta.core.RawPage}), what a feed entry says ({@link org.warta.core.FeedItem}), what
 * an article is ({@link org.warta.core.Article}) and how stories group articles ({@link
 * org.warta.core.Story}). No I/O and no frameworks live here.
 */
@NullMarked
package org.warta.core;

import org.jspecify.annotations.NullMarked;
