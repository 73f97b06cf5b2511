/**
 * The sample publishers' feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 writers ({@link
 * org.warta.sample.feed.Feeds}) whose items carry the same URLs and times as the pages.
 */
@NullMarked
package org.warta.sample.feed;

import org.jspecify.annotations.NullMarked;
