/** See {@link org.warta.pipeline}. */
@NullMarked
package org.warta.pipeline.refresh;

import org.jspecify.annotations.NullMarked;
