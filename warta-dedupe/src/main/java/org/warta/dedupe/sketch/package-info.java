/**
 * Compact per-article sketches for verifying a candidate pair: a small Bloom filter over a
 * consistent sample of the article's shingles, and the run-cover measure that counts how much of
 * one text is copied from the other in long unbroken passages, which the filter's false positives
 * cannot fake.
 */
@NullMarked
package org.warta.dedupe.sketch;

import org.jspecify.annotations.NullMarked;
