/** See {@link org.warta.web}. */
@NullMarked
package org.warta.web.view;

import org.jspecify.annotations.NullMarked;
