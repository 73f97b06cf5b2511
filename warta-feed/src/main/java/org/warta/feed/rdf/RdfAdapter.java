package org.warta.feed.rdf;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.core.FeedItem;
import org.warta.core.Language;
import org.warta.feed.CacheHints;
import org.warta.feed.EntryDates;
import org.warta.feed.Feed;
import org.warta.feed.FeedFormat;
import org.warta.feed.PlainText;
import org.warta.feed.WebSub;
import org.warta.feed.date.FeedDates;
import org.warta.feed.link.Hrefs;
import org.warta.feed.media.LeadImage;
import org.warta.feed.rss.Syndication;

/**
 * Adapts an {@link RdfChannel} to Warta's {@link Feed}. The item's address is its {@code link},
 * else its {@code rdf:about} when that is an http(s) URL; its identity is {@code rdf:about}, else
 * the address.
 */
public final class RdfAdapter {
  private RdfAdapter() {}

  /** The feed an RDF document describes; warnings from the XML layer are carried over. */
  public static Feed toFeed(RdfChannel channel, List<String> xmlWarnings) {
    List<String> warnings = new ArrayList<>(xmlWarnings);
    Language language = Language.of(channel.language());
    EntryDates dates = new EntryDates(FeedDates.defaultOffset(language), warnings);
    List<FeedItem> items = new ArrayList<>(channel.items().size());
    for (RdfItem item : channel.items()) {
      toItem(item, language, dates)
          .ifPresentOrElse(
              items::add,
              () ->
                  warnings.add(
                      "skipped an item without a usable link: '"
                          + PlainText.of(item.title())
                          + "'"));
    }
    return new Feed(
        channel.legacy() ? FeedFormat.RSS_090 : FeedFormat.RSS_10,
        PlainText.of(channel.title()),
        Hrefs.resolveHttp(channel.base(), channel.link()),
        PlainText.of(channel.description()),
        language,
        dates.first(channel.date()),
        items,
        WebSub.NONE,
        new CacheHints(
            Optional.empty(),
            java.util.Set.of(),
            java.util.Set.of(),
            Syndication.interval(channel.updatePeriod(), channel.updateFrequency())),
        warnings);
  }

  private static Optional<FeedItem> toItem(RdfItem item, Language feedLanguage, EntryDates dates) {
    Optional<URI> link =
        Hrefs.resolveHttp(item.base(), item.link())
            .or(() -> Hrefs.resolveHttp(item.base(), item.about()));
    if (link.isEmpty()) {
      return Optional.empty();
    }
    Language language = item.language().isEmpty() ? feedLanguage : Language.of(item.language());
    return Optional.of(
        new FeedItem(
            item.about().isBlank() ? link.get().toString() : item.about(),
            link.get(),
            PlainText.of(item.title()),
            item.description(),
            item.creators().stream().map(PlainText::authorName).distinct().toList(),
            dates.first(item.date()),
            Optional.empty(),
            LeadImage.choose(item.media(), item.base()),
            item.subjects().stream().map(PlainText::of).distinct().toList(),
            item.contentEncoded(),
            language));
  }
}
