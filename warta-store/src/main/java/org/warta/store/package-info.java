/**
 * Where Warta keeps everything: the {@link org.warta.store.Store} facade and one repository
 * interface per aggregate (sources, articles, stories, per-URL fetch state, import checkpoints).
 * SQLite is the embedded default; PostgreSQL is selected by its JDBC URL. All SQL lives in {@code
 * org.warta.store.jdbc} and in the Flyway migrations under {@code db/<dialect>/}.
 */
@NullMarked
package org.warta.store;

import org.jspecify.annotations.NullMarked;
