/**
 * Streaming reads of web archives (WARC 1.0/1.1, gzip per record or not, as written by Heritrix,
 * wget, Common Crawl's CC-NEWS and Warta itself) into the {@link org.warta.core.RawPage} records
 * the rest of the pipeline takes. Entry point: {@link org.warta.warc.WarcArchive}.
 */
@NullMarked
package org.warta.warc;

import org.jspecify.annotations.NullMarked;
