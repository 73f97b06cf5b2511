/** See {@link org.warta.web}. */
@NullMarked
package org.warta.web.security;

import org.jspecify.annotations.NullMarked;
