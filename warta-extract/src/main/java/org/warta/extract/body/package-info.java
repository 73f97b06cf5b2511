/**
 * The article body: cleaning the DOM, scoring containers, the named {@link
 * org.warta.extract.body.BodyCascade} stages, block-level boilerplate rules and the sanitized HTML
 * and plain-text renderings.
 */
@NullMarked
package org.warta.extract.body;

import org.jspecify.annotations.NullMarked;
