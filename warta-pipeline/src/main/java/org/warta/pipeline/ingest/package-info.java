/** See {@link org.warta.pipeline}. */
@NullMarked
package org.warta.pipeline.ingest;

import org.jspecify.annotations.NullMarked;
