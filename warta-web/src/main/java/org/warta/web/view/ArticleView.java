package org.warta.web.view;

import java.util.List;
import java.util.Optional;
import org.warta.core.Source;
import org.warta.core.StoredArticle;
import org.warta.core.Story;

/**
 * Everything the article page shows.
 *
 * @param publisher the name printed for the article's publisher (site name, else source name)
 * @param fullText whether the source's display policy allows the full text here
 * @param bodyHtml the body cleaned for display (full text) or empty (excerpt policy)
 * @param excerpt the first paragraphs as plain text, shown under the excerpt policy
 * @param description a one-paragraph summary for meta tags and cards
 * @param original who first published the text, when this article is a copy
 * @param copies other articles with the same text, earliest first
 * @param related other coverage of the same story, then similar articles
 * @param latest the newest articles of the site ("Terkini Lainnya")
 */
public record ArticleView(
    StoredArticle stored,
    Source source,
    String publisher,
    boolean fullText,
    String bodyHtml,
    List<String> excerpt,
    String description,
    Optional<Story> story,
    Optional<OriginalCredit> original,
    List<ArticleCard> copies,
    List<ArticleCard> related,
    List<ArticleCard> latest) {

  public ArticleView {
    excerpt = List.copyOf(excerpt);
    copies = List.copyOf(copies);
    related = List.copyOf(related);
    latest = List.copyOf(latest);
  }

  public long id() {
    return stored.id().value();
  }
}
