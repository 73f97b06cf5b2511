/**
 * Resolving the links found in documents against their base (RFC 3986 section 5) leniently, as
 * browsers do.
 */
@NullMarked
package org.warta.feed.link;

import org.jspecify.annotations.NullMarked;
