/**
 * The full-text index of articles on Lucene: Indonesian and English analysis, filters by source,
 * language, story and date, and the change-sequence bookkeeping that lets the index be rebuilt from
 * the store and caught up after an unclean stop. Entry point: {@link org.warta.search.SearchIndex}.
 */
@NullMarked
package org.warta.search;

import org.jspecify.annotations.NullMarked;
