package org.warta.pipeline.grouping;

import java.util.Optional;
import org.warta.core.StoryId;

/**
 * Where grouping put an article: its duplicate group (when it has copies), whether it is itself a
 * copy, and its story.
 */
public record GroupingOutcome(Optional<Long> duplicateGroup, boolean copy, StoryId story) {}
