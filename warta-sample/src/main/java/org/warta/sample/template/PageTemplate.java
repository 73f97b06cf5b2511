package org.warta.sample.template;

/**
 * The page chrome of one fictional publisher: how its article pages and its home and section pages
 * are laid out. Implementations return the whole HTML document as text; the caller encodes it in
 * the publisher's charset.
 */
public interface PageTemplate {

  /** The article page. */
  String article(ArticlePage page);

  /** The home page or a section page. */
  String listing(ListingPage page);
}
