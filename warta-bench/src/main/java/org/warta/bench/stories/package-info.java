/**
 * Story clustering speed and memory: {@link org.warta.stories.StoryClusterer} assigning articles of
 * a generated Indonesian/English news stream while it holds the state of a large window.
 */
@NullMarked
package org.warta.bench.stories;

import org.jspecify.annotations.NullMarked;
