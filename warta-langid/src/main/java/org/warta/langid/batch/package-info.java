/** Labelling files of paragraphs in one run, for evaluation ({@code warta langid --batch}). */
@NullMarked
package org.warta.langid.batch;

import org.jspecify.annotations.NullMarked;
