package org.warta.feed.discovery;

import java.net.URI;

/**
 * A link on a section or home page judged to lead to an article.
 *
 * @param text the longest anchor text seen for the URL (a headline, or empty for image links)
 * @param score how article-like the URL is (see {@link ArticleLinks}); higher is surer
 */
public record ArticleLink(URI url, String text, int score, String template) {}
