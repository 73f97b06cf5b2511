/**
 * The language of an article: the one the page declares and the one its text is written in. The
 * detector itself lives in warta-langid; {@link org.warta.extract.lang.TextLanguageDetector} is the
 * seam through which extraction calls it.
 */
@NullMarked
package org.warta.extract.lang;

import org.jspecify.annotations.NullMarked;
