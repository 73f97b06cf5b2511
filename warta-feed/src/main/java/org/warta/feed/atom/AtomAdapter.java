package org.warta.feed.atom;

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
import org.warta.feed.WebSub;
import org.warta.feed.date.FeedDates;
import org.warta.feed.media.LeadImage;

/**
 * Adapts an {@link AtomFeed} to Warta's {@link Feed}. The entry's address is its {@code
 * rel="alternate"} link (an HTML one preferred); its identity is {@code atom:id}, or the address
 * when the id is missing. Entries without an address are skipped with a warning.
 */
public final class AtomAdapter {
  private AtomAdapter() {}

  /** The feed an Atom document describes; warnings from the XML layer are carried over. */
  public static Feed toFeed(AtomFeed feed, List<String> xmlWarnings) {
    List<String> warnings = new ArrayList<>(xmlWarnings);
    Language language = Language.of(feed.language());
    EntryDates dates = new EntryDates(FeedDates.defaultOffset(language), warnings);
    List<FeedItem> items = new ArrayList<>(feed.entries().size());
    for (AtomEntry entry : feed.entries()) {
      toItem(entry, language, dates)
          .ifPresentOrElse(
              items::add,
              () ->
                  warnings.add("skipped an entry without a usable link: '" + entry.title() + "'"));
    }
    return new Feed(
        feed.legacy() ? FeedFormat.ATOM_03 : FeedFormat.ATOM_10,
        feed.title(),
        alternate(feed.links()),
        feed.subtitle(),
        language,
        dates.first(feed.updated()),
        items,
        new WebSub(AtomLink.all(feed.links(), "hub"), AtomLink.first(feed.links(), "self")),
        CacheHints.NONE,
        warnings);
  }

  private static Optional<FeedItem> toItem(
      AtomEntry entry, Language feedLanguage, EntryDates dates) {
    Optional<URI> link = alternate(entry.links());
    if (link.isEmpty()) {
      return Optional.empty();
    }
    Language language = entry.language().isEmpty() ? feedLanguage : Language.of(entry.language());
    return Optional.of(
        new FeedItem(
            entry.id().isBlank() ? link.get().toString() : entry.id(),
            link.get(),
            entry.title(),
            entry.summaryHtml(),
            entry.authors().stream().filter(a -> !a.isEmpty()).distinct().toList(),
            dates.first(entry.published(), entry.updated()),
            dates.first(entry.updated()),
            LeadImage.choose(entry.media(), entry.base()),
            entry.categories(),
            entry.contentHtml(),
            language));
  }

  /** The HTML {@code alternate} link, else any alternate link. */
  static Optional<URI> alternate(List<AtomLink> links) {
    for (AtomLink link : links) {
      if (link.rel().equals("alternate") && AtomParser.isHtml(link)) {
        Optional<URI> url = link.url();
        if (url.isPresent()) {
          return url;
        }
      }
    }
    return AtomLink.first(links, "alternate");
  }
}
