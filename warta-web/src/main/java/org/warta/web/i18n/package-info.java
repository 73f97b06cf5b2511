/** See {@link org.warta.web}. */
@NullMarked
package org.warta.web.i18n;

import org.jspecify.annotations.NullMarked;
