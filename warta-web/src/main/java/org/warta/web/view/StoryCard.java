package org.warta.web.view;

import java.util.List;
import org.warta.core.Story;

/**
 * A story on the home page: the story, its lead article, its languages (codes, sorted) and the
 * number of its articles published recently.
 */
public record StoryCard(Story story, ArticleCard lead, List<String> languages, int recent) {
  public StoryCard {
    languages = List.copyOf(languages);
  }

  public String href() {
    return "/story/" + story.id().value();
  }
}
