/**
 * Politeness per origin (scheme, host, port; RFC 6454), the unit robots.txt applies to (RFC 9309
 * section 2.3): {@link org.warta.fetch.politeness.Origin} names it and {@link
 * org.warta.fetch.politeness.OriginGates} keeps at most N requests in flight per origin with a
 * minimum delay between request starts (the larger of the configured delay and Crawl-delay).
 */
@NullMarked
package org.warta.fetch.politeness;

import org.jspecify.annotations.NullMarked;
