/**
 * Searching from the web: the filters readers and clients give ({@link
 * org.warta.web.search.SearchForm}), highlighted snippets ({@link org.warta.web.search.Snippets})
 * and result pages.
 */
@NullMarked
package org.warta.web.search;

import org.jspecify.annotations.NullMarked;
