/**
 * Synthetic benchmark corpora of any size, made without network from the sample's fictional
 * publishers, templates and event texts: {@link org.warta.benchgen.BenchPlanner} streams articles
 * (languages, sizes, stories, duplicates), {@link org.warta.benchgen.BenchWarc} writes them as a
 * WARC that {@code warta import-warc} reads, {@link org.warta.benchgen.BenchLoad} writes them
 * straight into a store, and {@link org.warta.benchgen.QueryBench} measures the store queries the
 * pages and API run.
 */
@NullMarked
package org.warta.benchgen;

import org.jspecify.annotations.NullMarked;
