/**
 * The JDBC implementation of the store, one class per repository, written in SQL that SQLite and
 * PostgreSQL both accept ({@code RETURNING}, {@code ON CONFLICT}, epoch-millisecond times, JSON
 * text for lists). Dialect differences live in the migrations and in {@link
 * org.warta.store.jdbc.Database}.
 */
@NullMarked
package org.warta.store.jdbc;

import org.jspecify.annotations.NullMarked;
