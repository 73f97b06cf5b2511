package org.warta.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What Warta remembers about fetching one URL, whichever source reached it: HTTP validators for
 * conditional GET and the time before which it must not be asked again, with why ({@code hold}:
 * {@code NONE}, {@code RETRY_AFTER} or {@code BACKOFF}).
 */
public record UrlState(
    String url,
    Optional<String> etag,
    Optional<String> lastModified,
    Optional<Instant> notBefore,
    String hold,
    int failures,
    int lastStatus,
    Optional<Instant> lastFetch) {}
