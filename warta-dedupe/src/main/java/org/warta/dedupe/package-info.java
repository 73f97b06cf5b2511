/**
 * Duplicate detection and syndication credit: {@link org.warta.dedupe.DuplicateDetector} takes one
 * new article at a time ({@link org.warta.dedupe.Candidate}) and answers whether it is new, an
 * exact copy or a near-duplicate of a recent article, which duplicate group it belongs to and who
 * is credited as the group's original ({@link org.warta.dedupe.Verdict}). Pure library: no I/O, no
 * threads, no framework.
 */
@NullMarked
package org.warta.dedupe;

import org.jspecify.annotations.NullMarked;
