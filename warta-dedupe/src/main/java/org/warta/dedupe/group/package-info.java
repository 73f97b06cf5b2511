/**
 * Duplicate groups: which articles are copies of one text, how groups grow and merge as copies
 * arrive, and which original each group credits (explicit signal, then wire credit, then earliest
 * publication).
 */
@NullMarked
package org.warta.dedupe.group;

import org.jspecify.annotations.NullMarked;
