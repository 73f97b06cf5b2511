package org.warta.stories;

import org.warta.core.StoryId;

/**
 * How fast a story's coverage grows, from {@link Trending}.
 *
 * @param story the story
 * @param score {@code (recent - expected) / sqrt(expected + prior)}: how many "standard deviations"
 *     (Poisson) the recent coverage is above what the story's own baseline rate predicts
 * @param recentSources distinct sources that first covered the story in the recent window
 * @param baselineSources distinct sources that first covered it in the baseline window before
 * @param totalSources distinct sources that covered it while it was tracked
 */
public record Trend(
    StoryId story, double score, int recentSources, int baselineSources, int totalSources) {}
