/**
 * Packing the simulated crawl into a WARC 1.1 file with jwarc ({@link
 * org.warta.sample.warc.WarcPacker}): deterministic record ids and dates, one gzip member per
 * record.
 */
@NullMarked
package org.warta.sample.warc;

import org.jspecify.annotations.NullMarked;
