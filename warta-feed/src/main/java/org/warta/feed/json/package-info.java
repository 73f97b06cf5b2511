/**
 * JSON Feed 1.0 and 1.1 (jsonfeed.org): raw records read with Jackson and the adapter to {@link
 * org.warta.core.FeedItem}.
 */
@NullMarked
package org.warta.feed.json;

import org.jspecify.annotations.NullMarked;
