package org.warta.pipeline.setup;

import java.net.URI;
import org.warta.core.RawPage;
import org.warta.feed.Feed;
import org.warta.feed.sitemap.Sitemap;

/** What a probed URL turned out to be: a feed, a sitemap, an HTML page, or nothing usable. */
sealed interface Probed {
  /** The URL that was probed (before redirects). */
  URI url();

  /** A feed that reads. */
  record AFeed(URI url, RawPage page, Feed feed) implements Probed {}

  /** A sitemap, sitemap index or Google News sitemap that reads. */
  record ASitemap(URI url, RawPage page, Sitemap sitemap, boolean news) implements Probed {}

  /** An HTML page (a home or section page, or an article). */
  record APage(URI url, RawPage page) implements Probed {}

  /** Nothing Warta can follow; {@code why} is a sentence for the user. */
  record Unusable(URI url, String why) implements Probed {}
}
