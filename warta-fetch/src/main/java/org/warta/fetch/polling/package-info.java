/**
 * Adaptive polling as a pure policy: {@link org.warta.fetch.polling.PollingPolicy} turns what is
 * known about a source (item publication times, feed {@code <ttl>}, {@code Cache-Control max-age},
 * failures in a row, Retry-After) into the next poll time and the automatic-pause decision. The
 * pipeline persists the outcome; nothing here does I/O.
 */
@NullMarked
package org.warta.fetch.polling;

import org.jspecify.annotations.NullMarked;
