/**
 * Language identification of article text: {@link org.warta.langid.LanguageDetector} is the entry
 * point, {@link org.warta.langid.Detection} its diagnostic result.
 */
@NullMarked
package org.warta.langid;

import org.jspecify.annotations.NullMarked;
