package org.warta.web.page;

import java.util.List;

/**
 * What the layout needs besides the content: the title, a description for search engines and link
 * previews, the feeds of the page (autodiscovery), its canonical path, an optional JSON-LD block
 * (already escaped for a {@code <script type="application/ld+json">} element) and whether search
 * engines should skip it.
 */
public record PageMeta(
    String title,
    String description,
    List<FeedLink> feeds,
    String canonical,
    String jsonLd,
    boolean noindex) {

  public PageMeta {
    feeds = List.copyOf(feeds);
  }

  public static PageMeta of(String title, String description, List<FeedLink> feeds) {
    return new PageMeta(title, description, feeds, "", "", false);
  }

  public PageMeta canonical(String path) {
    return new PageMeta(title, description, feeds, path, jsonLd, noindex);
  }

  public PageMeta jsonLd(String block) {
    return new PageMeta(title, description, feeds, canonical, block, noindex);
  }

  public PageMeta hidden() {
    return new PageMeta(title, description, feeds, canonical, jsonLd, true);
  }
}
