package org.warta.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What Warta remembers about fetching one URL, whichever source reached it: HTTP validators for
 * conditional GET and the time before which it must not be asked again (Retry-After or backoff).
 */
public record UrlState(
    String url,
    Optional<String> etag,
    Optional<String> lastModified,
    Optional<Instant> notBefore,
    int failures,
    int lastStatus,
    Optional<Instant> lastFetch) {}
