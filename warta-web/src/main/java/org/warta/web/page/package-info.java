/** See {@link org.warta.web}. */
@NullMarked
package org.warta.web.page;

import org.jspecify.annotations.NullMarked;
