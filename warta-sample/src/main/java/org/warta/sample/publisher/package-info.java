/**
 * The sample's fictional publishers ({@link org.warta.sample.publisher.Publisher}): hosts, zones,
 * URL schemes, feed formats, read from {@code content/publishers.txt}.
 */
@NullMarked
package org.warta.sample.publisher;

import org.jspecify.annotations.NullMarked;
