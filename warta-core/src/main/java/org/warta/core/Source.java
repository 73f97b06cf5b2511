package org.warta.core;

import java.net.URI;

/**
 * A publisher's feed, sitemap or page that Warta follows, or a pseudo-source for archive imports
 * and manually added articles.
 *
 * @param url what is polled (feed, sitemap or page URL); for archives the file name as a URI
 * @param homeUrl the publisher's site, for links in the reader
 */
public record Source(
    SourceId id,
    String name,
    URI url,
    URI homeUrl,
    SourceKind kind,
    Language language,
    DisplayPolicy display,
    boolean paused) {

  public Source {
    Check.notBlank(name, "source name");
  }
}
