/**
 * Warta's polite, hostile-input-proof HTTP fetcher. {@link org.warta.fetch.Fetcher} is the facade:
 * one shared {@code java.net.http.HttpClient} on virtual threads that turns a {@link
 * org.warta.fetch.FetchRequest} into a {@link org.warta.fetch.FetchResult} value, guarded by an
 * SSRF check, robots.txt (RFC 9309), per-origin politeness, conditional GET, Retry-After and
 * backoff kept per URL in a {@link org.warta.fetch.UrlStateStore}, and size/time caps.
 */
@NullMarked
package org.warta.fetch;

import org.jspecify.annotations.NullMarked;
