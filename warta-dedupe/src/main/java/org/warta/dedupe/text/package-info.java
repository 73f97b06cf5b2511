/**
 * What dedupe compares: article text cleaned of what copies add or drop (boilerplate lines, "Baca
 * juga" inserts, related lists, datelines, closing wire credits), cut into lower-cased word tokens
 * and hashed into overlapping word 5-grams (shingles).
 */
@NullMarked
package org.warta.dedupe.text;

import org.jspecify.annotations.NullMarked;
