package org.warta.sample.template;

import static java.util.stream.Collectors.joining;
import static org.warta.sample.template.Html.attr;
import static org.warta.sample.template.Html.json;
import static org.warta.sample.template.Html.text;

import java.time.OffsetDateTime;
import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * The Jakarta Ledger: an English-language daily. Edition date in the masthead, kicker, standfirst,
 * "By X" byline with WIB times and an "Updated" line, "READ MORE:" inserts, the wire credit on its
 * own line, a newsletter box and "Latest"/"Most read" rails. JSON-LD is an {@code @graph} (WebSite,
 * BreadcrumbList, NewsArticle) with UTC dates.
 */
final class JakartaLedgerTemplate implements PageTemplate {
  private static final Body BODY =
      new Body(
          p -> "<p>" + p + "</p>",
          d -> "<span class=\"dateline\">" + d + "</span> &mdash; ",
          l ->
              "<p class=\"read-more\"><strong>READ MORE:</strong> <a href=\""
                  + attr(l.url().toString())
                  + "\">"
                  + text(l.title())
                  + "</a></p>",
          c -> "<span class=\"wire\">(" + c + ")</span>",
          false);

  @Override
  public String article(ArticlePage page) {
    PlannedArticle a = page.article();
    Publisher p = a.publisher();
    String byline =
        a.author().isEmpty() ? "" : "<span class=\"by\">By " + text(a.author()) + "</span>";
    String updated =
        a.updated().map(u -> "<span class=\"updated\">Updated: " + stamp(u) + "</span>").orElse("");
    return head(
            p,
            a.title() + " - The Jakarta Ledger",
            a.canonical().toString(),
            a.description(),
            Meta.openGraph(a) + Meta.script(graph(a)))
        + masthead(p, page.capturedAt())
        + """
        <main id="content"><article class="story">
        <p class="kicker"><a href="%s">%s</a></p>
        <h1 class="headline">%s</h1>
        <p class="standfirst">%s</p>
        <div class="byline">%s <time datetime="%s">%s</time> %s</div>
        <figure class="lead"><img src="%s" alt="%s" width="96" height="54"><figcaption>%s</figcaption></figure>
        <div class="story-body">
        %s</div>
        <div class="newsletter-box"><h4>Get the Ledger Morning Brief</h4><p>Indonesia's top stories in your inbox before 7 am.</p><a href="/newsletter">Sign up</a></div>
        </article>
        %s</main>
        """
            .formatted(
                attr(p.sectionUrl(a.section()).toString()),
                text(p.sectionName(a.section())),
                text(a.title()),
                text(a.description()),
                byline,
                Dates.iso(a.published()),
                stamp(a.published()),
                updated,
                attr(a.image().toString()),
                attr(a.title()),
                text(a.imageCaption()),
                BODY.render(a, page.related()),
                rail(page.latest(), page.popular()))
        + footer(p);
  }

  @Override
  public String listing(ListingPage page) {
    Publisher p = page.publisher();
    String items =
        page.items().stream()
            .map(
                a ->
                    "<li class=\"teaser\"><a href=\""
                        + attr(a.url().toString())
                        + "\"><h3>"
                        + text(a.title())
                        + "</h3></a><p>"
                        + text(a.description())
                        + "</p><time>"
                        + stamp(a.published())
                        + "</time></li>\n")
            .collect(joining());
    return head(
            p,
            page.isHome()
                ? "The Jakarta Ledger - " + p.tagline()
                : page.heading() + " - The Jakarta Ledger",
            page.url().toString(),
            p.tagline(),
            "")
        + masthead(p, page.capturedAt())
        + "<main id=\"content\"><section class=\"river\"><h1>"
        + text(page.isHome() ? "Top stories" : page.heading())
        + "</h1><ul>\n"
        + items
        + "</ul></section>\n"
        + rail(List.of(), page.popular())
        + "</main>\n"
        + footer(p);
  }

  private static String stamp(OffsetDateTime t) {
    return Dates.enMonth(t)
        + " "
        + t.getDayOfMonth()
        + ", "
        + t.getYear()
        + " &middot; "
        + Dates.clock12(t)
        + " WIB";
  }

  private static String graph(PlannedArticle a) {
    Publisher p = a.publisher();
    String article =
        Meta.newsArticle(a, Dates::isoUtc).replace("{\"@context\":\"https://schema.org\",", "{");
    return "{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":"
        + json(p.name())
        + ",\"url\":"
        + json(p.home().toString())
        + "},"
        + "{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
        + "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\",\"item\":"
        + json(p.home().toString())
        + "},"
        + "{\"@type\":\"ListItem\",\"position\":2,\"name\":"
        + json(p.sectionName(a.section()))
        + ",\"item\":"
        + json(p.sectionUrl(a.section()).toString())
        + "}]},"
        + article
        + "]}";
  }

  private static String head(
      Publisher p, String title, String canonical, String desc, String extra) {
    return """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>%s</title>
    <meta name="description" content="%s">
    <link rel="canonical" href="%s">
    <link rel="alternate" type="application/atom+xml" title="The Jakarta Ledger" href="%s">
    %s</head>
    <body class="ledger">
    """
        .formatted(text(title), attr(desc), attr(canonical), attr(p.feedUrl().toString()), extra);
  }

  private static String masthead(Publisher p, java.time.Instant at) {
    OffsetDateTime edition = at.atOffset(p.offset());
    return """
    <div class="edition">%s, %s %d, %d &middot; <a href="/subscribe">Subscribe</a> &middot; <a href="/login">Sign in</a></div>
    <header class="masthead"><a href="/" class="brand">The Jakarta Ledger</a><nav>%s</nav></header>
    """
        .formatted(
            Dates.enDay(edition),
            Dates.enMonth(edition),
            edition.getDayOfMonth(),
            edition.getYear(),
            p.sections().entrySet().stream()
                .map(
                    e ->
                        "<a href=\""
                            + attr(p.sectionUrl(e.getKey()).toString())
                            + "\">"
                            + text(e.getValue())
                            + "</a>")
                .collect(joining(" ")));
  }

  private static String rail(List<LinkItem> latest, List<LinkItem> popular) {
    StringBuilder sb = new StringBuilder("<aside class=\"rail\">");
    if (!latest.isEmpty()) {
      sb.append("<section><h2>Latest</h2><ul>");
      latest.forEach(
          l ->
              sb.append("<li><a href=\"")
                  .append(attr(l.url().toString()))
                  .append("\">")
                  .append(text(l.title()))
                  .append("</a></li>"));
      sb.append("</ul></section>");
    }
    sb.append("<section><h2>Most read</h2><ol>");
    popular.forEach(
        l ->
            sb.append("<li><a href=\"")
                .append(attr(l.url().toString()))
                .append("\">")
                .append(text(l.title()))
                .append("</a></li>"));
    return sb.append("</ol></section></aside>\n").toString();
  }

  private static String footer(Publisher p) {
    return """
    <footer class="site-footer"><p>&copy; 2026 %s. <a href="/about">About us</a> &middot; <a href="/ethics">Editorial standards</a> &middot; <a href="/contact">Contact</a></p></footer>
    </body>
    </html>
    """
        .formatted(text(p.name()));
  }
}
