/** See {@link org.warta.cli}. */
@NullMarked
package org.warta.cli.settings;

import org.jspecify.annotations.NullMarked;
