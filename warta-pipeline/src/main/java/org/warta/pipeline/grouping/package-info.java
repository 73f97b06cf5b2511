/** See {@link org.warta.pipeline}. */
@NullMarked
package org.warta.pipeline.grouping;

import org.jspecify.annotations.NullMarked;
