package org.warta.sample.site;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.sample.feed.Feeds;
import org.warta.sample.image.LeadImages;
import org.warta.sample.plan.CorpusPlan;
import org.warta.sample.plan.Hashes;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;
import org.warta.sample.template.ArticlePage;
import org.warta.sample.template.ListingPage;
import org.warta.sample.template.PageTemplate;
import org.warta.sample.template.Templates;
import org.warta.sample.warc.Capture;

/**
 * Simulates the crawl that would have produced the corpus: each article page is captured a few
 * minutes after it was published (with its lead image and any second URL), and at the end of the
 * crawl every publisher's logo, home page, section pages and feed. Captures come back sorted by
 * time.
 */
public final class Crawl {
  private final CorpusPlan plan;
  private final Neighbours neighbours;
  private final List<Capture> captures = new ArrayList<>();
  private final Set<URI> seen = new HashSet<>();

  private Crawl(CorpusPlan plan) {
    this.plan = plan;
    this.neighbours = new Neighbours(plan);
  }

  /** All captures of the plan, oldest first. */
  public static List<Capture> of(CorpusPlan plan) {
    Crawl crawl = new Crawl(plan);
    plan.articles().forEach(crawl::captureArticle);
    Instant t = plan.crawlEnd();
    for (Publisher p : plan.publishers()) {
      t = crawl.captureSite(p, t);
    }
    crawl.captures.sort(Comparator.comparing(Capture::date).thenComparing(c -> c.url().toString()));
    return List.copyOf(crawl.captures);
  }

  /** When an article page is captured: 4 to 40 minutes after its last update (or publication). */
  static Instant captureTime(CorpusPlan plan, PlannedArticle a) {
    long seconds = 240 + Hashes.pick(plan.seed(), "capture/" + a.key(), 36 * 60);
    Instant t = a.modified().toInstant().plusSeconds(seconds);
    return t.isBefore(plan.crawlEnd()) ? t : plan.crawlEnd().minusSeconds(60);
  }

  private void captureArticle(PlannedArticle a) {
    Instant t = captureTime(plan, a);
    Publisher p = a.publisher();
    Optional<Publisher> copied =
        a.syndication()
            .copiedFrom()
            .flatMap(
                u ->
                    plan.publishers().stream()
                        .filter(x -> x.host().equals(u.getHost()))
                        .findFirst());
    ArticlePage page =
        new ArticlePage(
            a,
            neighbours.related(a),
            neighbours.latest(a, t),
            neighbours.popular(p, Optional.of(a), t),
            neighbours.partners(p),
            copied,
            t);
    byte[] html = PageEncoder.encode(template(p).article(page), p.charset());
    add(Responses.html(a.url(), t, p, html, Optional.of(a.modified())));
    a.alias()
        .ifPresent(
            alias ->
                add(Responses.html(alias, t.plusSeconds(3), p, html, Optional.of(a.modified()))));
    if (!seen.contains(a.image())) {
      byte[] image = LeadImages.forUrl(a.image().toString(), a.title());
      add(Responses.image(a.image(), t.plusSeconds(1), p, image, a.published().toInstant()));
    }
  }

  private Instant captureSite(Publisher p, Instant start) {
    Instant t = start;
    byte[] logo = logo(p);
    add(
        Responses.image(
            p.home().resolve("/logo.svg"), t, p, logo, Instant.parse("2026-01-05T03:00:00Z")));
    List<PlannedArticle> newest = neighbours.newestFirst(p, plan.crawlEnd());
    t = t.plusSeconds(2);
    add(listing(p, "", p.home(), newest, t));
    for (String section : p.sections().keySet()) {
      List<PlannedArticle> in = newest.stream().filter(a -> a.section().equals(section)).toList();
      if (!in.isEmpty()) {
        t = t.plusSeconds(2);
        add(listing(p, section, p.sectionUrl(section), in, t));
      }
    }
    t = t.plusSeconds(2);
    add(Responses.feed(p, t, Feeds.render(p, newest), newest));
    return t.plusSeconds(5);
  }

  private Capture listing(
      Publisher p, String section, URI url, List<PlannedArticle> items, Instant t) {
    ListingPage page =
        new ListingPage(
            p,
            section,
            url,
            items.stream().limit(20).toList(),
            neighbours.popular(p, Optional.empty(), t),
            neighbours.partners(p),
            t);
    byte[] html = PageEncoder.encode(template(p).listing(page), p.charset());
    Optional<java.time.OffsetDateTime> modified =
        items.stream().map(PlannedArticle::modified).max(Comparator.naturalOrder());
    return Responses.html(url, t, p, html, modified);
  }

  private void add(Capture c) {
    if (!seen.add(c.url())) {
      throw new IllegalStateException("two captures of " + c.url());
    }
    captures.add(c);
  }

  private static PageTemplate template(Publisher p) {
    return Templates.forKey(p.template());
  }

  private static byte[] logo(Publisher p) {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"48\"><text x=\"4\""
            + " y=\"34\" font-family=\"sans-serif\" font-size=\"28\" font-weight=\"bold\">"
            + p.name().replace("&", "&amp;")
            + "</text></svg>\n";
    return svg.getBytes(StandardCharsets.UTF_8);
  }
}
