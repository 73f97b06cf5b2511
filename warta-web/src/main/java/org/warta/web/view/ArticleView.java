package org.warta.web.view;

import java.util.List;
import java.util.Optional;
import org.warta.core.Source;
import org.warta.core.StoredArticle;
import org.warta.core.Story;

/**
 * Everything the article page shows.
 *
 * @param bodyHtml the body cleaned for display (full text) or empty (excerpt policy)
 * @param excerpt the first paragraphs as plain text, for the excerpt policy and descriptions
 */
public record ArticleView(
    StoredArticle stored,
    Source source,
    boolean fullText,
    String bodyHtml,
    String excerpt,
    Optional<Story> story,
    List<ArticleCard> latest) {}
