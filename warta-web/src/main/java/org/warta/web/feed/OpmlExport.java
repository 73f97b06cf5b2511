package org.warta.web.feed;

import io.javalin.http.Context;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.feed.opml.Opml;
import org.warta.feed.opml.OpmlWriter;
import org.warta.feed.opml.Outline;
import org.warta.feed.opml.Subscription;
import org.warta.web.seo.SiteUrls;
import org.warta.web.view.Catalog;

/**
 * {@code /sources.opml}: every source as an OPML 2.0 subscription, in one folder per language. A
 * feed source points at the publisher's own feed; sources Warta reads otherwise (sitemaps, section
 * pages, archives) point at Warta's feed of that source, so every outline can be subscribed to.
 */
public final class OpmlExport {
  private final Catalog catalog;
  private final SiteUrls urls;

  public OpmlExport(Catalog catalog, SiteUrls urls) {
    this.catalog = catalog;
    this.urls = urls;
  }

  public void export(Context ctx) {
    String base = urls.base(ctx);
    List<Subscription> subs = new ArrayList<>();
    for (Source s : catalog.all()) {
      URI xml =
          s.kind() == SourceKind.FEED
              ? s.url()
              : URI.create(base + "/feeds/source/" + s.id().value() + ".rss");
      String lang = s.language().isDetermined() ? s.language().code() : "";
      Outline o = Outline.subscription(s.name(), xml, Optional.of(s.homeUrl()), lang);
      subs.add(
          new Subscription(List.of(lang.isEmpty() ? "und" : lang.toLowerCase(Locale.ROOT)), o));
    }
    subs.sort(java.util.Comparator.comparing(x -> x.folders().getFirst()));
    Opml opml =
        new Opml(
            "Warta sources",
            Optional.of(OffsetDateTime.now(ZoneOffset.UTC)),
            "Warta",
            OpmlWriter.tree(subs));
    ctx.header("Content-Disposition", "inline; filename=\"warta-sources.opml\"");
    ctx.contentType("text/x-opml; charset=utf-8").result(OpmlWriter.write(opml));
  }
}
