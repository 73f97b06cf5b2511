package org.warta.web.view;

import org.warta.core.Story;

/** A story on the home page: the story and its lead article. */
public record StoryCard(Story story, ArticleCard lead) {
  public String href() {
    return "/story/" + story.id();
  }

  public String languages() {
    return story.languages().stream()
        .map(l -> l.code())
        .sorted()
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }
}
