/**
 * Term weights for story clustering: hashed term keys with a language partition, document
 * frequencies that decay with the stream, TF-IDF unit vectors and capped story centroids.
 */
@NullMarked
package org.warta.stories.vector;

import org.jspecify.annotations.NullMarked;
