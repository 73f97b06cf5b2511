/**
 * End-to-end ingestion benchmarks through the real pipeline: a polling round over a local news web,
 * and WARC import against a plain jwarc read of the same file.
 */
@NullMarked
package org.warta.bench.pipeline;

import org.jspecify.annotations.NullMarked;
