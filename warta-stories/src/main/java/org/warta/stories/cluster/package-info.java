/**
 * The online story clustering algorithm: candidate stories from an inverted index, language-aware
 * cosine similarity with time decay, the join threshold, splits of stories that turn out to hold
 * two events (two-means with a silhouette test) and merges, eviction outside the time window.
 */
@NullMarked
package org.warta.stories.cluster;

import org.jspecify.annotations.NullMarked;
