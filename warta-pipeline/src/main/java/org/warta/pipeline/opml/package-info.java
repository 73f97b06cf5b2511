/**
 * OPML 2.0 import and export of the followed sources with their folders ({@code warta sources
 * import-opml|export-opml}), on warta-feed's OPML reader and writer.
 */
@NullMarked
package org.warta.pipeline.opml;

import org.jspecify.annotations.NullMarked;
