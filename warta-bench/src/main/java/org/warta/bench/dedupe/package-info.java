/**
 * Benchmarks of {@code warta-dedupe}: adding articles to a detector holding a full window, and
 * fingerprinting alone, on a synthetic news stream ({@link org.warta.bench.dedupe.SyntheticNews}).
 */
@NullMarked
package org.warta.bench.dedupe;

import org.jspecify.annotations.NullMarked;
