/**
 * Batch extraction over an evaluation data set laid out as {@code shared/bench/extraction/*}:
 * {@code html/<id>.html.gz} (or {@code .html}) plus an optional {@code urls.tsv}, written as one
 * JSON line per document in the format {@code shared/tools/extract-eval/score.py} reads.
 */
@NullMarked
package org.warta.extract.batch;

import org.jspecify.annotations.NullMarked;
