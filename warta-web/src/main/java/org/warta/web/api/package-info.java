/** See {@link org.warta.web}. */
@NullMarked
package org.warta.web.api;

import org.jspecify.annotations.NullMarked;
