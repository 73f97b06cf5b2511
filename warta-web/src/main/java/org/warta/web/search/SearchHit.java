package org.warta.web.search;

import org.warta.web.view.ArticleCard;

/**
 * One search result: the article's card and its title and best passages as HTML in which only
 * {@code <mark>} is markup (everything else escaped by {@link Snippets}).
 */
public record SearchHit(ArticleCard card, String titleHtml, String snippetHtml) {}
