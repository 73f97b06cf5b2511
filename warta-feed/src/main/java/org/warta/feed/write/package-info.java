/**
 * Writers for Warta's own outgoing feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 from simple records.
 */
@NullMarked
package org.warta.feed.write;

import org.jspecify.annotations.NullMarked;
