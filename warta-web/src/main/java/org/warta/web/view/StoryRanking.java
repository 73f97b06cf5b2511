package org.warta.web.view;

import java.time.Duration;
import java.time.Instant;
import org.warta.core.Story;

/**
 * How the home page orders stories: by cross-source coverage (each source counts, a second language
 * adds half a source), discounted by age since the story's last article (half-life 12 hours, never
 * below a quarter) and boosted by growth (the stories module's trend when it set one, else the
 * share of the story's articles published in the last 6 hours, capped at 3×).
 */
public final class StoryRanking {
  /** The window in which articles count as recent growth. */
  public static final Duration RECENT = Duration.ofHours(6);

  private static final double HALF_LIFE_HOURS = 12;
  private static final double MAX_GROWTH = 3;

  private StoryRanking() {}

  /**
   * The score of a story at {@code now} given how many of its articles appeared in the {@link
   * #RECENT} window before {@code now}.
   */
  public static double score(Story s, Instant now, int recentArticles) {
    double coverage = s.sourceCount() + 0.5 * Math.max(0, s.languages().size() - 1);
    double ageHours = Math.max(0, Duration.between(s.lastSeen(), now).toMinutes() / 60.0);
    double recency = Math.pow(0.5, ageHours / HALF_LIFE_HOURS);
    double growth = s.trend() > 0 ? s.trend() : growthFrom(s.articleCount(), recentArticles);
    return coverage * (0.25 + 0.75 * recency) * (1 + Math.min(growth, MAX_GROWTH));
  }

  /** New articles against the ones before them: 2 new over 1 old is 2.0. */
  static double growthFrom(int total, int recent) {
    int before = Math.max(1, total - recent);
    return (double) Math.max(0, recent) / before;
  }
}
