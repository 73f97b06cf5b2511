package org.warta.feed.sitemap;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.core.Language;
import org.warta.feed.EntryDates;
import org.warta.feed.PlainText;
import org.warta.feed.date.FeedDates;
import org.warta.feed.link.Hrefs;
import org.warta.feed.xml.Namespaces;
import org.warta.feed.xml.XmlElement;

/** Reads one {@code url} element of a urlset with its news and image extensions. */
final class UrlEntries {
  private UrlEntries() {}

  static Optional<SitemapUrl> read(XmlElement entry, URI base, EntryDates dates) {
    Optional<URI> loc = Hrefs.resolveHttp(base, entry.childText("loc"));
    if (loc.isEmpty()) {
      return Optional.empty();
    }
    List<URI> images = new ArrayList<>(0);
    for (XmlElement image : entry.children(Namespaces.IMAGE, "image")) {
      Hrefs.resolveHttp(base, image.childText(Namespaces.IMAGE, "loc")).ifPresent(images::add);
    }
    return Optional.of(
        new SitemapUrl(
            loc.get(),
            dates.first(entry.childText("lastmod")),
            entry.childText("changefreq"),
            priority(entry.childText("priority")),
            entry.child(Namespaces.NEWS, "news").map(news -> news(news, dates)),
            images));
  }

  private static NewsEntry news(XmlElement news, EntryDates dates) {
    String n = Namespaces.NEWS;
    Optional<XmlElement> publication = news.child(n, "publication");
    List<String> keywords = new ArrayList<>();
    for (String keyword : news.childText(n, "keywords").split(",")) {
      if (!keyword.isBlank()) {
        keywords.add(keyword.strip());
      }
    }
    Language language = Language.of(publication.map(p -> p.childText(n, "language")).orElse(""));
    return new NewsEntry(
        PlainText.of(publication.map(p -> p.childText(n, "name")).orElse("")),
        language,
        PlainText.of(news.childText(n, "title")),
        dates
            .withMissingZone(FeedDates.defaultOffset(language))
            .first(news.childText(n, "publication_date")),
        keywords);
  }

  private static Optional<Double> priority(String text) {
    try {
      double p = Double.parseDouble(text.strip());
      return p >= 0 && p <= 1 ? Optional.of(p) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
