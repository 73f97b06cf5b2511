/**
 * Builds the committed model file from its sources (Lingua's n-gram tables and the module's own
 * training text); run by {@code train/train-model.sh}, never at run time.
 */
@NullMarked
package org.warta.langid.train;

import org.jspecify.annotations.NullMarked;
