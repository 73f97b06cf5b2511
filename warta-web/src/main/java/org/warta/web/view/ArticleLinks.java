package org.warta.web.view;

import java.util.List;
import java.util.Optional;
import org.warta.core.StoredArticle;

/**
 * An article with the ids of what its page links to: the API's view of an article.
 *
 * @param publisher who published this copy (its site name, else the source's name)
 * @param fullText whether the source lets the whole text be shown
 * @param original who first published the text, when this is a copy
 * @param copies ids of the other copies of the same text
 * @param related ids of the related reads, in the page's order
 */
public record ArticleLinks(
    StoredArticle stored,
    String publisher,
    boolean fullText,
    Optional<OriginalCredit> original,
    List<Long> copies,
    List<Long> related) {

  public ArticleLinks {
    copies = List.copyOf(copies);
    related = List.copyOf(related);
  }
}
