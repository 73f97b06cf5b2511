/**
 * Reading and writing news inputs: {@link org.warta.feed.FeedReader} turns the bytes of an RSS,
 * RDF, Atom or JSON Feed document into a {@link org.warta.feed.Feed}; sub-packages hold one format
 * or concept each (sitemaps, OPML, discovery from HTML, outgoing feed writers). Everything here is
 * a pure function of bytes, URL and content type.
 */
@NullMarked
package org.warta.feed;

import org.jspecify.annotations.NullMarked;
