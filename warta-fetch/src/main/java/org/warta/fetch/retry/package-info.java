/**
 * When to ask a URL again: {@link org.warta.fetch.retry.RetryAfter} reads a server's {@code
 * Retry-After} (RFC 9110 section 10.2.3) and {@link org.warta.fetch.retry.Backoff} computes
 * exponential backoff with full jitter after failures. Pure functions of their inputs.
 */
@NullMarked
package org.warta.fetch.retry;

import org.jspecify.annotations.NullMarked;
