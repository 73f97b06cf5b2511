package org.warta.web.view;

import java.time.Instant;
import java.util.List;
import org.warta.core.Story;

/**
 * The story page ("full coverage"): the timeline of its articles oldest first, who covered it, in
 * which languages, the first report and the coverage over time.
 *
 * @param timeline the articles, oldest first (at most {@link StoryReads#MAX_TIMELINE})
 * @param truncated whether older articles were left out of the timeline
 * @param times the publication times of the timeline, for the chart
 */
public record StoryView(
    Story story,
    List<Entry> timeline,
    boolean truncated,
    List<SourceCoverage> sources,
    List<LanguageCount> languages,
    ArticleCard first,
    List<Instant> times) {

  public StoryView {
    timeline = List.copyOf(timeline);
    sources = List.copyOf(sources);
    languages = List.copyOf(languages);
    times = List.copyOf(times);
  }

  /** An article on the timeline; {@code copy} when an earlier article of it has the same text. */
  public record Entry(ArticleCard card, boolean copy) {}

  /** One source's coverage: how many articles and when its first one appeared. */
  public record SourceCoverage(long sourceId, String name, int articles, Instant first) {}

  /** How many articles are in one language. */
  public record LanguageCount(String code, int articles) {}
}
