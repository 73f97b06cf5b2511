package org.warta.feed.json;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.core.FeedItem;
import org.warta.core.Image;
import org.warta.core.Language;
import org.warta.feed.CacheHints;
import org.warta.feed.EntryDates;
import org.warta.feed.Feed;
import org.warta.feed.FeedFormat;
import org.warta.feed.PlainText;
import org.warta.feed.WebSub;
import org.warta.feed.date.FeedDates;
import org.warta.feed.link.Hrefs;
import org.warta.feed.xml.XmlEscape;

/**
 * Adapts a {@link JsonFeedDocument} to Warta's {@link Feed}. The item's address is {@code url},
 * else {@code external_url}; {@code content_text} becomes escaped HTML when there is no {@code
 * content_html}; the lead image is {@code image}, else {@code banner_image}.
 */
public final class JsonFeedAdapter {
  private JsonFeedAdapter() {}

  /** The feed a JSON Feed document describes, its relative URLs resolved against {@code url}. */
  public static Feed toFeed(JsonFeedDocument doc, URI url) {
    List<String> warnings = new ArrayList<>();
    Language language = Language.of(doc.language());
    EntryDates dates = new EntryDates(FeedDates.defaultOffset(language), warnings);
    List<FeedItem> items = new ArrayList<>(doc.items().size());
    for (JsonFeedItem item : doc.items()) {
      toItem(item, url, language, dates)
          .ifPresentOrElse(
              items::add,
              () -> warnings.add("skipped an item without a usable url: '" + item.title() + "'"));
    }
    List<URI> hubs = doc.hubs().stream().flatMap(h -> Hrefs.resolveHttp(url, h).stream()).toList();
    return new Feed(
        doc.version().endsWith("/1") ? FeedFormat.JSON_FEED_10 : FeedFormat.JSON_FEED_11,
        PlainText.of(doc.title()),
        Hrefs.resolveHttp(url, doc.homePageUrl()),
        PlainText.of(doc.description()),
        language,
        Optional.empty(),
        items,
        new WebSub(hubs, Hrefs.resolveHttp(url, doc.feedUrl())),
        CacheHints.NONE,
        warnings);
  }

  private static Optional<FeedItem> toItem(
      JsonFeedItem item, URI base, Language feedLanguage, EntryDates dates) {
    Optional<URI> link =
        Hrefs.resolveHttp(base, item.url()).or(() -> Hrefs.resolveHttp(base, item.externalUrl()));
    if (link.isEmpty()) {
      return Optional.empty();
    }
    String content = item.contentHtml();
    if (content.isEmpty() && !item.contentText().isEmpty()) {
      StringBuilder sb = new StringBuilder();
      XmlEscape.text(item.contentText(), sb);
      content = sb.toString();
    }
    Optional<Image> image =
        Hrefs.resolveHttp(base, item.image())
            .or(() -> Hrefs.resolveHttp(base, item.bannerImage()))
            .map(Image::of);
    return Optional.of(
        new FeedItem(
            item.id().isBlank() ? link.get().toString() : item.id(),
            link.get(),
            PlainText.of(item.title()),
            item.summary(),
            item.authors().stream().map(PlainText::authorName).distinct().toList(),
            dates.first(item.datePublished(), item.dateModified()),
            dates.first(item.dateModified()),
            image,
            item.tags(),
            content,
            item.language().isEmpty() ? feedLanguage : Language.of(item.language())));
  }
}
