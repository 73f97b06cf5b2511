/** Benchmarks of article extraction, with jsoup's own parse-and-get-text rate beside it. */
@NullMarked
package org.warta.bench.extract;

import org.jspecify.annotations.NullMarked;
