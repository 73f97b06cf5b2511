package org.warta.pipeline.setup;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.warta.core.RawPage;
import org.warta.core.Source;
import org.warta.feed.discovery.ArticleLinkHarvest;
import org.warta.feed.discovery.ArticleLinks;
import org.warta.feed.discovery.DiscoveredInput;
import org.warta.feed.discovery.FeedDiscovery;
import org.warta.feed.discovery.UrlShape;
import org.warta.fetch.Fetcher;
import org.warta.pipeline.refresh.SectionPages;
import org.warta.store.Store;

/**
 * {@code sources add} and {@code discover}: looks at what a URL is — a feed, a sitemap or sitemap
 * index, a Google News sitemap, a section page, or a home page — and adds the matching sources. For
 * a home page it adds the feeds and sitemaps it autodiscovers ({@link Autodiscovery}), or the page
 * itself as a section page when it finds none. Every request goes through the polite fetcher, so
 * robots.txt (for pages), the SSRF guard and stored Retry-After/backoff windows apply to the probes
 * too.
 */
public final class SourceSetup {
  private final Store store;
  private final Prober prober;
  private final Autodiscovery autodiscovery;

  public SourceSetup(Store store, Fetcher fetcher) {
    this.store = store;
    this.prober = new Prober(fetcher);
    this.autodiscovery = new Autodiscovery(fetcher, prober);
  }

  /** What was added (or found already present), and the lines that say so. */
  public record Added(List<Source> sources, String explanation) {}

  /**
   * What {@link #add} would add for {@code url}, without adding anything ({@code warta discover}).
   *
   * @throws SetupException when the URL cannot be followed; the message says why and what to try
   */
  public SetupPlan plan(URI url) {
    return switch (prober.probe(url)) {
      case Probed.AFeed f ->
          new SetupPlan(
              url,
              "a " + Candidates.label(f.feed().format()) + " feed",
              List.of(Candidates.feed(f, "")),
              f.feed().warnings().stream().limit(3).toList());
      case Probed.ASitemap s ->
          new SetupPlan(url, "a sitemap", List.of(Candidates.sitemap(s, "")), List.of());
      case Probed.APage p -> page(url, p.page());
      case Probed.Unusable u -> throw new SetupException(u.why());
    };
  }

  /** Detects what {@code url} is and adds it; throws {@link SetupException} when it cannot. */
  public Added add(URI url) {
    SetupPlan plan = plan(url);
    List<Source> sources = new ArrayList<>();
    StringBuilder text = new StringBuilder(url + " is " + plan.finding() + ":");
    for (Candidate c : plan.candidates()) {
      boolean known = store.sources().findByUrl(c.source().url()).isPresent();
      sources.add(store.sources().add(c.source()));
      text.append("\n  ").append(known ? "already followed: " : "added ").append(c.description());
    }
    plan.notes().forEach(n -> text.append("\n  note: ").append(n));
    return new Added(sources, text.toString());
  }

  private SetupPlan page(URI url, RawPage page) {
    if (!isHomePage(url) && !isHomePage(page.url())) {
      if (looksLikeArticle(page.url())) {
        throw new SetupException(
            url
                + " looks like a single article, not a section page; add it with 'warta"
                + " add-article "
                + url
                + "', or give the site's home page to find its feeds");
      }
      return section(url, page, "a section page", declaredFeeds(page));
    }
    Autodiscovery.Found found;
    try {
      found = autodiscovery.discover(page);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SetupException("looking for the feeds of " + url + " was interrupted");
    }
    if (found.candidates().isEmpty()) {
      return section(url, page, "a home page without feeds or sitemaps", found.notes());
    }
    return new SetupPlan(
        url,
        "a home page; it leads to " + count(found.candidates()),
        found.candidates(),
        found.notes());
  }

  private static SetupPlan section(URI url, RawPage page, String what, List<String> notes) {
    ArticleLinkHarvest harvest =
        ArticleLinks.discover(page.body(), page.url(), SectionPages.HARVEST_CAP);
    if (harvest.articles().isEmpty()) {
      throw new SetupException(
          url
              + " is "
              + what
              + " without article links Warta recognises; if it is a single article, add it"
              + " with 'warta add-article "
              + url
              + "', else give the site's feed or sitemap");
    }
    return new SetupPlan(url, what, List.of(Candidates.section(url, harvest)), notes);
  }

  /** Notes naming the feeds a section page declares, which the user may prefer to follow. */
  private static List<String> declaredFeeds(RawPage page) {
    return FeedDiscovery.discover(page.body(), page.url()).stream()
        .filter(d -> d.evidence() == DiscoveredInput.Evidence.LINK_ALTERNATE)
        .filter(d -> d.kind() != DiscoveredInput.Kind.COMMENTS_FEED)
        .map(
            d -> "the page declares the feed " + d.url() + " ('warta sources add " + d.url() + "')")
        .toList();
  }

  /** The site's root or its index page: where autodiscovery looks. */
  static boolean isHomePage(URI url) {
    String path =
        url.getRawPath() == null ? "" : url.getRawPath().toLowerCase(java.util.Locale.ROOT);
    return url.getRawQuery() == null
        && (path.isEmpty()
            || path.equals("/")
            || path.matches("/(index|default|home)\\.(html?|php|aspx?)"));
  }

  /** An article's address: a headline slug with a date or an id, or a date with an id. */
  static boolean looksLikeArticle(URI url) {
    UrlShape shape = UrlShape.of(url);
    return shape.slug() ? shape.dated() || shape.numericId() : shape.dated() && shape.numericId();
  }

  private static String count(List<Candidate> candidates) {
    long feeds =
        candidates.stream()
            .filter(c -> c.source().kind() == org.warta.core.SourceKind.FEED)
            .count();
    long sitemaps = candidates.size() - feeds;
    List<String> parts = new ArrayList<>();
    if (feeds > 0) {
      parts.add(feeds + (feeds == 1 ? " feed" : " feeds"));
    }
    if (sitemaps > 0) {
      parts.add(sitemaps + (sitemaps == 1 ? " sitemap" : " sitemaps"));
    }
    return String.join(" and ", parts);
  }

  /** The URL could not be added; the message says why and what to try. */
  public static final class SetupException extends RuntimeException {
    public SetupException(String message) {
      super(message);
    }
  }
}
