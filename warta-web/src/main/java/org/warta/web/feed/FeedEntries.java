package org.warta.web.feed;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.core.Article;
import org.warta.core.DisplayPolicy;
import org.warta.core.Source;
import org.warta.core.StoredArticle;
import org.warta.feed.write.OutgoingEntry;
import org.warta.web.search.Snippets;
import org.warta.web.security.BodySanitizer;
import org.warta.web.view.Catalog;
import org.warta.web.view.Texts;

/**
 * Stored articles as feed entries. The id (RSS guid, Atom id, JSON Feed id) and the link are the
 * article's page on this site, which never changes for an article; the summary is the excerpt and a
 * link to the publisher; the full text travels only for sources whose display policy allows it.
 */
final class FeedEntries {
  static final int SUMMARY_CHARS = 400;

  private final Catalog catalog;

  FeedEntries(Catalog catalog) {
    this.catalog = catalog;
  }

  List<OutgoingEntry> entries(List<StoredArticle> articles, String base) {
    List<OutgoingEntry> out = new ArrayList<>(articles.size());
    for (StoredArticle s : articles) {
      out.add(entry(s, base));
    }
    return out;
  }

  OutgoingEntry entry(StoredArticle s, String base) {
    Article a = s.article();
    Optional<Source> source = catalog.find(a.source());
    boolean full = source.map(x -> x.display() == DisplayPolicy.FULL_TEXT).orElse(false);
    String publisher =
        a.siteName().isBlank() ? source.map(Source::name).orElse(a.url().getHost()) : a.siteName();
    String page = base + "/article/" + s.id().value();
    String summary =
        "<p>"
            + Snippets.escape(
                Texts.excerpt(
                    a.description().isBlank() ? a.bodyText() : a.description(), SUMMARY_CHARS))
            + "</p><p><a href=\""
            + Snippets.escape(a.url().toString())
            + "\">"
            + Snippets.escape(publisher)
            + "</a></p>";
    List<String> categories = new ArrayList<>();
    if (!a.section().isBlank()) {
      categories.add(a.section());
    }
    categories.addAll(a.tags());
    return new OutgoingEntry(
        page,
        a.title().isBlank() ? a.url().toString() : a.title(),
        URI.create(page),
        Optional.of(a.published().orElse(OffsetDateTime.ofInstant(a.seen(), ZoneOffset.UTC))),
        a.modified(),
        summary,
        full ? BodySanitizer.clean(a.bodyHtml()) : "",
        a.authors(),
        categories,
        a.leadImage());
  }
}
