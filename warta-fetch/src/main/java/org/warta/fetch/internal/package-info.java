/**
 * The fetcher's machinery behind {@link org.warta.fetch.Fetcher}: one HTTP exchange ({@link
 * org.warta.fetch.internal.Exchange}), the redirect walk with its guards ({@link
 * org.warta.fetch.internal.FetchRun}), robots.txt download ({@link
 * org.warta.fetch.internal.RobotsService}), per-URL state transitions and the one place where
 * failures become {@link org.warta.fetch.Problem}s ({@link
 * org.warta.fetch.internal.FailureClassifier}). Not API: do not depend on it.
 */
@NullMarked
package org.warta.fetch.internal;

import org.jspecify.annotations.NullMarked;
