/**
 * Atom 1.0 (RFC 4287) and the older Atom 0.3: raw entry records and the adapter to {@link
 * org.warta.core.FeedItem}.
 */
@NullMarked
package org.warta.feed.atom;

import org.jspecify.annotations.NullMarked;
