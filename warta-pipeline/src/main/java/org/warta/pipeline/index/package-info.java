/** See {@link org.warta.pipeline}. */
@NullMarked
package org.warta.pipeline.index;

import org.jspecify.annotations.NullMarked;
