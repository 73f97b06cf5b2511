/**
 * Writing systems: which scripts a text is written in, and the scripts that name their language on
 * their own (Hangul, Thai, Greek, ...).
 */
@NullMarked
package org.warta.langid.script;

import org.jspecify.annotations.NullMarked;
