/**
 * Coverage growth per story (distinct sources over time) for {@link org.warta.stories.Trending}.
 */
@NullMarked
package org.warta.stories.trend;

import org.jspecify.annotations.NullMarked;
