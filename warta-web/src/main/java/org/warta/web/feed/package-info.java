/**
 * The feeds Warta publishes (RSS 2.0, Atom 1.0 and JSON Feed 1.1 through warta-feed's writers) for
 * the latest articles, each source, each story and each search, and the OPML export of sources.
 */
@NullMarked
package org.warta.web.feed;

import org.jspecify.annotations.NullMarked;
