package org.warta.core;

/** What a source's URL points at, which decides how it is polled. */
public enum SourceKind {
  /** An RSS, Atom, RDF or JSON feed. */
  FEED,
  /** An ordinary XML sitemap or sitemap index. */
  SITEMAP,
  /** A Google News sitemap. */
  NEWS_SITEMAP,
  /** A section or home page whose article links are discovered from the HTML. */
  SECTION_PAGE,
  /** A web archive (WARC) import; never polled. */
  ARCHIVE,
  /** Articles added one by one by URL; never polled. */
  MANUAL;

  /** Whether the scheduler polls sources of this kind. */
  public boolean isPolled() {
    return this != ARCHIVE && this != MANUAL;
  }
}
