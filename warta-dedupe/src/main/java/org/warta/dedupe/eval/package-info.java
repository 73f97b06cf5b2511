/**
 * Evaluation on labelled document streams ({@code shared/bench/dedup} layout): documents go through
 * {@link org.warta.dedupe.DuplicateDetector} in file order, exactly as the product feeds it, and
 * the resulting duplicate groups come out as pairs and credited originals.
 */
@NullMarked
package org.warta.dedupe.eval;

import org.jspecify.annotations.NullMarked;
