/**
 * Turning page bytes into text before parsing: byte-order mark, HTTP header, {@code <meta>} prescan
 * and UTF-8 sniffing, in the spirit of the WHATWG encoding sniffing algorithm.
 */
@NullMarked
package org.warta.extract.charset;

import org.jspecify.annotations.NullMarked;
