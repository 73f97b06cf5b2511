/** OPML 2.0 subscription lists: import with folders into records, export to valid OPML. */
@NullMarked
package org.warta.feed.opml;

import org.jspecify.annotations.NullMarked;
