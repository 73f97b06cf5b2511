package org.warta.feed.rss;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.warta.core.FeedItem;
import org.warta.core.Language;
import org.warta.feed.CacheHints;
import org.warta.feed.EntryDates;
import org.warta.feed.Feed;
import org.warta.feed.FeedFormat;
import org.warta.feed.PlainText;
import org.warta.feed.WebSub;
import org.warta.feed.atom.AtomLink;
import org.warta.feed.date.FeedDates;
import org.warta.feed.link.Hrefs;
import org.warta.feed.media.LeadImage;

/**
 * Adapts an {@link RssChannel} to Warta's {@link Feed}. GUID semantics follow RSS 2.0: the guid is
 * the entry's identity; it is also its address only when {@code isPermaLink} is absent or true and
 * the item has no {@code link}. A {@code feedburner:origLink} wins over the (tracking) link. Items
 * with no usable link are skipped with a warning.
 */
public final class RssAdapter {
  private RssAdapter() {}

  /** The feed a channel describes; warnings from the XML layer are carried over. */
  public static Feed toFeed(RssChannel channel, List<String> xmlWarnings) {
    List<String> warnings = new ArrayList<>(xmlWarnings);
    Language language = Language.of(channel.language());
    EntryDates dates = new EntryDates(FeedDates.defaultOffset(language), warnings);
    List<FeedItem> items = new ArrayList<>(channel.items().size());
    for (RssItem item : channel.items()) {
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
        format(channel.version()),
        PlainText.of(channel.title()),
        Hrefs.resolveHttp(channel.base(), channel.link()),
        PlainText.of(channel.description()),
        language,
        dates.first(channel.lastBuildDate(), channel.pubDate()),
        items,
        new WebSub(
            AtomLink.all(channel.atomLinks(), "hub"), AtomLink.first(channel.atomLinks(), "self")),
        cacheHints(channel),
        warnings);
  }

  static FeedFormat format(String version) {
    return version.startsWith("0.9") ? FeedFormat.RSS_09X : FeedFormat.RSS_20;
  }

  private static Optional<FeedItem> toItem(RssItem item, Language feedLanguage, EntryDates dates) {
    Optional<URI> link =
        Hrefs.resolveHttp(item.base(), item.originalLink())
            .or(() -> Hrefs.resolveHttp(item.base(), item.link()))
            .or(() -> AtomLink.first(item.atomLinks(), "alternate"));
    if (link.isEmpty() && item.guidIsPermaLink()) {
      link = Hrefs.resolveHttp(item.base(), item.guid());
    }
    if (link.isEmpty()) {
      return Optional.empty();
    }
    Language language = item.language().isEmpty() ? feedLanguage : Language.of(item.language());
    Optional<OffsetDateTime> published = dates.first(item.pubDate(), item.dcDate());
    return Optional.of(
        new FeedItem(
            item.guid().isBlank() ? link.get().toString() : item.guid(),
            link.get(),
            PlainText.of(item.title()),
            item.description(),
            authors(item.authors()),
            published,
            Optional.empty(),
            LeadImage.choose(item.media(), item.base()),
            item.categories().stream().map(PlainText::of).distinct().toList(),
            item.contentEncoded(),
            language));
  }

  private static List<String> authors(List<String> fields) {
    return fields.stream().map(PlainText::authorName).filter(a -> !a.isEmpty()).distinct().toList();
  }

  private static CacheHints cacheHints(RssChannel channel) {
    Optional<Duration> ttl = minutes(channel.ttl());
    Set<Integer> hours = new HashSet<>();
    for (String h : channel.skipHours()) {
      number(h).filter(n -> n >= 0 && n <= 24).ifPresent(n -> hours.add(n % 24));
    }
    Set<DayOfWeek> days = new HashSet<>();
    for (String d : channel.skipDays()) {
      try {
        days.add(DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        // an unknown day name skips nothing
      }
    }
    return new CacheHints(
        ttl, hours, days, Syndication.interval(channel.updatePeriod(), channel.updateFrequency()));
  }

  private static Optional<Duration> minutes(String text) {
    return number(text).filter(n -> n > 0).map(Duration::ofMinutes);
  }

  static Optional<Integer> number(String text) {
    try {
      return text.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
