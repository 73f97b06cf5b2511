package org.warta.web.view;

import java.time.Instant;
import java.util.List;
import org.warta.store.SectionCount;

/**
 * The home page: ranked top stories with their lead articles, the latest articles ("Terkini"), the
 * busiest sections, and the news clock the ranking used (the newest article's time).
 */
public record HomeView(
    List<StoryCard> top, List<ArticleCard> latest, List<SectionCount> sections, Instant clock) {
  public HomeView {
    top = List.copyOf(top);
    latest = List.copyOf(latest);
    sections = List.copyOf(sections);
  }
}
