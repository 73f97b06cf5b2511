package org.warta.dedupe;

/**
 * A verified copy relation between the new article and one in the window.
 *
 * @param seq the window article's sequence number
 * @param score share of the shorter text copied in long passages, 0..1
 * @param exact whether the cleaned texts are equal
 */
record Match(long seq, double score, boolean exact) {}
