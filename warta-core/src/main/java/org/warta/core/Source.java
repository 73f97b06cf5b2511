package org.warta.core;

import java.net.URI;

/**
 * A publisher's feed, sitemap or page that Warta follows, or a pseudo-source for archive imports
 * and manually added articles.
 *
 * @param url what is polled (feed, sitemap or page URL); for archives the file name as a URI
 * @param homeUrl the publisher's site, for links in the reader
 * @param groupCopies whether its articles take part in duplicate detection (grouped with their
 *     copies, credited to an original); a source that opted out keeps its articles apart
 */
public record Source(
    SourceId id,
    String name,
    URI url,
    URI homeUrl,
    SourceKind kind,
    Language language,
    DisplayPolicy display,
    boolean paused,
    boolean groupCopies) {

  public Source {
    Check.notBlank(name, "source name");
  }
}
