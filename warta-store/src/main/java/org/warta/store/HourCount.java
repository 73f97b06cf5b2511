package org.warta.store;

import java.time.Instant;

/** How many articles Warta first saw in the hour starting at {@code hour} (UTC). */
public record HourCount(Instant hour, long articles) {}
