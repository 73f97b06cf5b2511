/**
 * RSS 1.0 and RSS 0.90 (RDF Site Summary): raw records and the adapter to {@link
 * org.warta.core.FeedItem}.
 */
@NullMarked
package org.warta.feed.rdf;

import org.jspecify.annotations.NullMarked;
