/** See {@link org.warta.pipeline}. */
@NullMarked
package org.warta.pipeline.archive;

import org.jspecify.annotations.NullMarked;
