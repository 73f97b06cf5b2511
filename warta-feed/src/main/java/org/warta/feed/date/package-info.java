/**
 * Dates as feeds write them (RFC 822/1123 and its wild variants, ISO 8601, Indonesian and English
 * names, named zones such as WIB/WITA/WIT) read into {@link java.time.OffsetDateTime}.
 */
@NullMarked
package org.warta.feed.date;

import org.jspecify.annotations.NullMarked;
