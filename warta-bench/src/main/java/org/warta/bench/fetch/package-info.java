/**
 * Fetcher benchmarks: {@link org.warta.bench.fetch.PollingRoundBench} times one polling round over
 * many locally served sources, some of them faulty.
 */
@NullMarked
package org.warta.bench.fetch;

import org.jspecify.annotations.NullMarked;
