/** Tiny deterministic lead images (SVG and PNG) for the sample's article pages. */
@NullMarked
package org.warta.sample.image;

import org.jspecify.annotations.NullMarked;
