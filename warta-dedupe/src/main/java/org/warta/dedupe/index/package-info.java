/**
 * The time window of recent articles: per-article metadata and copy sketches in segments of
 * consecutive articles, an inverted index from sampled shingle keys to articles for finding
 * candidates, and eviction of whole segments once they fall out of the window or the article cap.
 */
@NullMarked
package org.warta.dedupe.index;

import org.jspecify.annotations.NullMarked;
