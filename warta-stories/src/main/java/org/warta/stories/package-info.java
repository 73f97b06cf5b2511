/**
 * Story clustering and trending: groups articles about one real-world event into stories as they
 * arrive, across Indonesian and English, and ranks stories by how fast their coverage grows.
 *
 * <p>Entry points: {@link org.warta.stories.StoryClusterer} (one call per article, in publication
 * order) and {@link org.warta.stories.Trending} (coverage growth against each story's own
 * baseline). The sub-packages hold the parts: {@code text} (cleaning, tokens, entities, numbers,
 * the bilingual lexicon), {@code vector} (term weights and centroids), {@code cluster} (the online
 * algorithm with its merges and splits) and {@code trend}.
 */
@NullMarked
package org.warta.stories;

import org.jspecify.annotations.NullMarked;
