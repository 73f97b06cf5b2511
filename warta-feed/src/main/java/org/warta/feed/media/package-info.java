/**
 * Images attached to entries: Media RSS ({@code media:content}, {@code media:thumbnail}, {@code
 * media:group}) and enclosures, reduced to the one {@link org.warta.core.Image} an entry shows.
 */
@NullMarked
package org.warta.feed.media;

import org.jspecify.annotations.NullMarked;
