/** WARC reading alone: warta-warc against a plain jwarc read of the same file. */
@NullMarked
package org.warta.bench.warc;

import org.jspecify.annotations.NullMarked;
