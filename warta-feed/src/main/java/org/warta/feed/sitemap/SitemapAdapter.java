package org.warta.feed.sitemap;

import java.util.List;
import java.util.Optional;
import org.warta.core.FeedItem;
import org.warta.core.Image;
import org.warta.core.Language;

/**
 * Adapts sitemap URLs to {@link FeedItem}s: the URL is link and identity; a Google News entry gives
 * title, publication date, language and keywords (as categories); {@code lastmod} is the update
 * time; the first {@code image:loc} is the image. Plain URLs have an empty title, which the
 * pipeline fills by extracting the page.
 */
public final class SitemapAdapter {
  private SitemapAdapter() {}

  /** The feed items of a urlset, in document order. */
  public static List<FeedItem> toFeedItems(Sitemap.UrlSet urlSet) {
    return urlSet.urls().stream().map(SitemapAdapter::toFeedItem).toList();
  }

  /** The feed item of one sitemap URL. */
  public static FeedItem toFeedItem(SitemapUrl url) {
    Optional<NewsEntry> news = url.news();
    return new FeedItem(
        url.loc().toString(),
        url.loc(),
        news.map(NewsEntry::title).orElse(""),
        "",
        List.of(),
        news.flatMap(NewsEntry::published),
        url.lastModified(),
        url.images().stream().findFirst().map(Image::of),
        news.map(NewsEntry::keywords).orElse(List.of()),
        "",
        news.map(NewsEntry::language).orElse(Language.UNDETERMINED));
  }
}
