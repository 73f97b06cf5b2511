/** See {@link org.warta.cli}. */
@NullMarked
package org.warta.cli.console;

import org.jspecify.annotations.NullMarked;
