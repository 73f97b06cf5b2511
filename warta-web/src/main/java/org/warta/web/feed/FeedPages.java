package org.warta.web.feed;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.warta.core.DisplayPolicy;
import org.warta.core.Language;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;
import org.warta.core.Story;
import org.warta.core.StoryId;
import org.warta.feed.write.FeedWriter;
import org.warta.feed.write.OutgoingFeed;
import org.warta.store.ArticleQuery;
import org.warta.store.Store;
import org.warta.web.i18n.Messages;
import org.warta.web.page.Views;
import org.warta.web.search.SearchForm;
import org.warta.web.search.SearchReads;
import org.warta.web.seo.DocumentResponses;
import org.warta.web.seo.SiteUrls;
import org.warta.web.view.Catalog;
import org.warta.web.view.Document;
import org.warta.web.view.RecentBuild;
import org.warta.web.view.RecentBuilds;
import org.warta.web.view.Texts;

/**
 * {@code /feeds/latest.<f>}, {@code /feeds/source/{id}.<f>}, {@code /feeds/story/{id}.<f>} and
 * {@code /feeds/search.<f>?q=…} where {@code <f>} is {@code rss}, {@code atom} or {@code json}: the
 * newest {@value #ENTRIES} articles of each, in the site's default language.
 */
public final class FeedPages implements AutoCloseable {
  static final int ENTRIES = 50;
  static final java.time.Duration LATEST_TTL = java.time.Duration.ofSeconds(10);

  /**
   * Source, story and search feeds are built again when a minute old (their responses allow caching
   * for five): readers poll them over and over.
   */
  static final java.time.Duration FEED_TTL = java.time.Duration.ofMinutes(1);

  static final long FEED_CACHE_BYTES = 16L << 20;

  private final Store store;
  private final Catalog catalog;
  private final SearchReads search;
  private final Views views;
  private final SiteUrls urls;
  private final FeedEntries entries;
  private final java.util.Map<FeedWriter.Format, RecentBuild<Document>> latestFeeds =
      new java.util.EnumMap<>(FeedWriter.Format.class);
  private final RecentBuilds feeds = new RecentBuilds(FEED_TTL, FEED_CACHE_BYTES);
  private final SourceFeeds sourceFeeds;
  private @org.jspecify.annotations.Nullable SourceFeedPrebuild prebuild;

  public FeedPages(Store store, Catalog catalog, SearchReads search, Views views, SiteUrls urls) {
    this.store = store;
    this.catalog = catalog;
    this.search = search;
    this.views = views;
    this.urls = urls;
    this.entries = new FeedEntries(catalog);
    this.sourceFeeds =
        new SourceFeeds(
            store, views.defaultLanguage(), this::buildSourceFeed, urls.configuredBase());
    for (FeedWriter.Format f : FeedWriter.Format.values()) {
      latestFeeds.put(f, new RecentBuild<>(LATEST_TTL));
    }
  }

  /** {@code /feeds/{file}}: {@code latest.<f>} or {@code search.<f>}. */
  public void site(Context ctx) {
    Named file = Named.of(ctx.pathParam("file"));
    switch (file.name()) {
      case "latest" -> {
        // the same for every reader and polled by all of them: rebuilt when 10 s old
        Document feed =
            latestFeeds
                .get(file.format())
                .get(
                    urls.base(ctx),
                    base ->
                        build(
                            base,
                            file.format(),
                            t().get("feed.latest"),
                            "/",
                            "/feeds/latest",
                            // the full text of the sources that allow it
                            forFeed(ArticleQuery.latest(ENTRIES), true),
                            ""));
        send(ctx, file.format(), feed);
      }
      case "search" -> search(ctx, file.format());
      default -> throw new NotFoundResponse("no feed " + file.name());
    }
  }

  /**
   * {@code /feeds/source/{file}}: {@code <id>.<f>}. Its entity tag is worked out from the source's
   * version (its articles' count and newest change) before anything is built, so a reader's
   * conditional poll of an unchanged source is answered with 304 from one index read, and a changed
   * source is built anew at once instead of when the kept build expires (see {@link SourceFeeds}).
   */
  public void source(Context ctx) {
    Named file = Named.of(ctx.pathParam("file"));
    SourceId id = new SourceId(file.id());
    Source source = catalog.find(id).orElseThrow(() -> new NotFoundResponse("no source " + id));
    String base = urls.base(ctx);
    String tag = sourceFeeds.tag(base, file.format(), source);
    if (DocumentResponses.notModified(ctx, tag)) {
      return;
    }
    send(ctx, file.format(), sourceFeeds.feed(base, file.format(), source, tag));
  }

  private Document buildSourceFeed(String base, FeedWriter.Format format, Source source) {
    return build(
        base,
        format,
        t().get("feed.source", source.name()),
        "/source/" + source.id().value(),
        "/feeds/source/" + source.id().value(),
        // the HTML only where it goes out: for other sources the bodies, most of each row, stay in
        // the database
        forFeed(
            ArticleQuery.latest(ENTRIES).from(source.id()),
            source.display() == DisplayPolicy.FULL_TEXT),
        "");
  }

  /**
   * Starts building every source's RSS feed ahead of requests, when the site's address is
   * configured (feeds hold absolute links: see {@link SourceFeedPrebuild}); stopped by {@link
   * #close()}.
   */
  public void startBuildingAhead() {
    startBuildingAhead(SourceFeedPrebuild.INTERVAL);
  }

  /** {@link #startBuildingAhead()} with passes {@code interval} apart. */
  synchronized void startBuildingAhead(java.time.Duration interval) {
    if (prebuild == null && sourceFeeds.keptBase().isPresent()) {
      prebuild = new SourceFeedPrebuild(store, catalog, sourceFeeds, interval);
    }
  }

  /** Stops building ahead and writes the feeds still waiting to be kept. */
  @Override
  public synchronized void close() {
    if (prebuild != null) {
      prebuild.close();
      prebuild = null;
    }
    sourceFeeds.close();
  }

  /** {@code /feeds/story/{file}}: {@code <id>.<f>}; merged stories answer with the survivor. */
  public void story(Context ctx) {
    Named file = Named.of(ctx.pathParam("file"));
    StoryId id = new StoryId(file.id());
    Story story =
        store.stories().find(id).orElseThrow(() -> new NotFoundResponse("no story " + id));
    send(
        ctx,
        file.format(),
        kept(
            feeds,
            urls.base(ctx),
            file.format(),
            t().get("feed.story", story.title()),
            "/story/" + story.id().value(),
            "/feeds/story/" + story.id().value(),
            "",
            () -> forFeed(ArticleQuery.latest(ENTRIES).in(story.id()), true)));
  }

  private void search(Context ctx, FeedWriter.Format format) {
    SearchForm.Parsed parsed = SearchForm.read(ctx::queryParam);
    SearchForm form =
        parsed
            .form()
            .orElseThrow(
                () ->
                    new BadRequestResponse(
                        parsed.problems().stream()
                            .map(p -> "'" + p.parameter() + "' " + p.reason())
                            .collect(Collectors.joining("; "))));
    if (form.isEmpty()) {
      throw new BadRequestResponse("a search feed needs words ('q') or a filter");
    }
    var query =
        form.query(views.zone(), 0, ENTRIES).ordered(org.warta.search.SearchQuery.Order.NEWEST);
    String qs = form.queryString();
    send(
        ctx,
        format,
        kept(
            feeds,
            urls.base(ctx),
            format,
            t().get("feed.search", form.q()),
            "/search?" + qs,
            "/feeds/search",
            "?" + qs,
            () -> search.run(query).articles()));
  }

  /** The articles of a feed: see {@link org.warta.store.ArticleRepository#listForFeed}. */
  private List<StoredArticle> forFeed(ArticleQuery query, boolean withHtml) {
    return store
        .articles()
        .listForFeed(query, Texts.excerptWindow(FeedEntries.SUMMARY_CHARS) + 1, withHtml)
        .items();
  }

  private static void send(Context ctx, FeedWriter.Format format, Document feed) {
    DocumentResponses.send(ctx, feed, format.mediaType());
  }

  /**
   * A story or search feed from {@code cache}: the one built for the same address (its self link
   * and query) while the cache keeps it, else a new build.
   */
  private Document kept(
      RecentBuilds cache,
      String base,
      FeedWriter.Format format,
      String title,
      String page,
      String self,
      String query,
      java.util.function.Supplier<List<StoredArticle>> items) {
    return cache.get(
        base + self + "." + Named.extension(format) + query,
        () -> build(base, format, title, page, self, items.get(), query));
  }

  private Document build(
      String base,
      FeedWriter.Format format,
      String title,
      String page,
      String self,
      List<StoredArticle> items,
      String query) {
    OutgoingFeed feed =
        new OutgoingFeed(
            t().get("site.name") + " · " + title,
            t().get("site.tagline"),
            URI.create(base + self + "." + Named.extension(format) + query),
            URI.create(base + page),
            Language.of(views.defaultLanguage()),
            Optional.empty(),
            entries.entries(items, base));
    return Document.quick(FeedWriter.write(feed, format));
  }

  private Messages t() {
    return views.messages(views.defaultLanguage());
  }

  /** A feed file name: {@code latest.rss}, {@code 12.atom}. */
  record Named(String name, FeedWriter.Format format) {
    static Named of(String file) {
      int dot = file.lastIndexOf('.');
      if (dot <= 0) {
        throw new NotFoundResponse("no feed " + file + ": add .rss, .atom or .json");
      }
      String ext = file.substring(dot + 1);
      FeedWriter.Format format =
          switch (ext) {
            case "rss" -> FeedWriter.Format.RSS;
            case "atom" -> FeedWriter.Format.ATOM;
            case "json" -> FeedWriter.Format.JSON_FEED;
            default ->
                throw new NotFoundResponse("no feed format '" + ext + "': use rss, atom or json");
          };
      return new Named(file.substring(0, dot), format);
    }

    long id() {
      try {
        long id = Long.parseLong(name);
        if (id > 0) {
          return id;
        }
      } catch (NumberFormatException e) {
        // fall through
      }
      throw new NotFoundResponse("'" + name + "' is not an id");
    }

    static String extension(FeedWriter.Format f) {
      return switch (f) {
        case RSS -> "rss";
        case ATOM -> "atom";
        case JSON_FEED -> "json";
      };
    }
  }
}
