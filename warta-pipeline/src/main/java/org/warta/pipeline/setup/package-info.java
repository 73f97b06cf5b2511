/** See {@link org.warta.pipeline}. */
@NullMarked
package org.warta.pipeline.setup;

import org.jspecify.annotations.NullMarked;
