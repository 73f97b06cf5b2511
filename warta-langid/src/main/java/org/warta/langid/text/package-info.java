/** Turning arbitrary, possibly hostile text into the bounded sample of words the models read. */
@NullMarked
package org.warta.langid.text;

import org.jspecify.annotations.NullMarked;
