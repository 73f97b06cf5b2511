package org.warta.sample.template;

import static java.util.stream.Collectors.joining;
import static org.warta.sample.template.Html.attr;
import static org.warta.sample.template.Html.text;

import java.time.OffsetDateTime;
import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * Asia Pacific Dispatch: a Singapore-based English site. OpenGraph only (no JSON-LD), a {@code
 * <time datetime>} in SGT (+08:00), lazy images with {@code loading=lazy}, "Related" asides between
 * paragraphs, a share bar and a "Latest" list.
 */
final class ApDispatchTemplate implements PageTemplate {
  private static final Body BODY =
      new Body(
          p -> "<p>" + p + "</p>",
          d -> "<b>" + d + "</b> &mdash; ",
          l ->
              "<aside class=\"inline-related\"><h4>Related</h4><a href=\""
                  + attr(l.url().toString())
                  + "\">"
                  + text(l.title())
                  + "</a></aside>",
          c -> "(" + c + ")",
          true);

  @Override
  public String article(ArticlePage page) {
    PlannedArticle a = page.article();
    Publisher p = a.publisher();
    String by = a.author().isEmpty() ? "Dispatch staff" : a.author();
    return head(
            a.title() + " | Asia Pacific Dispatch",
            a.canonical().toString(),
            a.description(),
            Meta.openGraph(a))
        + nav(p)
        + """
        <div class="page"><article class="post">
        <div class="post-section"><a href="%s">%s</a></div>
        <h1 class="post-title">%s</h1>
        <div class="post-meta">by <span class="author">%s</span> &middot; <time datetime="%s">%s</time></div>
        <div class="share-bar"><button>Share</button><a href="#x">X</a><a href="#li">LinkedIn</a><a href="#mail">Email</a></div>
        <picture class="lead-image"><img loading="lazy" src="%s" alt="%s"></picture>
        <p class="lead-caption">%s</p>
        <section class="post-body">
        %s</section>
        <p class="post-footnote">Have a tip? Write to tips@apdispatch.example.</p>
        </article>
        %s</div>
        """
            .formatted(
                attr(p.sectionUrl(a.section()).toString()),
                text(p.sectionName(a.section())),
                text(a.title()),
                text(by),
                Dates.iso(a.published()),
                stamp(a.published()),
                attr(a.image().toString()),
                attr(a.title()),
                text(a.imageCaption()),
                BODY.render(a, page.related()),
                latest(page.latest()))
        + footer();
  }

  @Override
  public String listing(ListingPage page) {
    Publisher p = page.publisher();
    String items =
        page.items().stream()
            .map(
                a ->
                    "<div class=\"card\"><img loading=\"lazy\" src=\""
                        + attr(a.image().toString())
                        + "\" alt=\"\"><a class=\"card-title\" href=\""
                        + attr(a.url().toString())
                        + "\">"
                        + text(a.title())
                        + "</a><time datetime=\""
                        + Dates.iso(a.published())
                        + "\">"
                        + stamp(a.published())
                        + "</time></div>\n")
            .collect(joining());
    return head(
            page.isHome() ? "Asia Pacific Dispatch" : page.heading() + " | Asia Pacific Dispatch",
            page.url().toString(),
            p.tagline(),
            "")
        + nav(p)
        + "<div class=\"page\"><section class=\"cards\"><h1>"
        + text(page.isHome() ? "Today" : page.heading())
        + "</h1>\n"
        + items
        + "</section>\n"
        + latest(page.popular())
        + "</div>\n"
        + footer();
  }

  private static String stamp(OffsetDateTime t) {
    return Dates.enDay(t).substring(0, 3)
        + ", "
        + Dates.enMonth(t).substring(0, 3)
        + " "
        + t.getDayOfMonth()
        + ", "
        + t.getYear()
        + " &middot; "
        + Dates.clock12(t).toUpperCase(java.util.Locale.ROOT)
        + " SGT";
  }

  private static String head(String title, String canonical, String desc, String extra) {
    return """
    <!DOCTYPE html>
    <html lang="en-SG">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>%s</title>
    <meta name="description" content="%s">
    <link rel="canonical" href="%s">
    %s</head>
    <body>
    """
        .formatted(text(title), attr(desc), attr(canonical), extra);
  }

  private static String nav(Publisher p) {
    return """
    <nav class="topnav"><a href="/" class="wordmark">Asia Pacific <em>Dispatch</em></a>%s<a href="/newsletters">Newsletters</a></nav>
    """
        .formatted(
            p.sections().entrySet().stream()
                .map(
                    e ->
                        "<a href=\""
                            + attr(p.sectionUrl(e.getKey()).toString())
                            + "\">"
                            + text(e.getValue())
                            + "</a>")
                .collect(joining()));
  }

  private static String latest(List<LinkItem> items) {
    return "<aside class=\"sidebar\"><h3>Latest</h3><ul>"
        + items.stream()
            .map(
                l ->
                    "<li><a href=\""
                        + attr(l.url().toString())
                        + "\">"
                        + text(l.title())
                        + "</a></li>")
            .collect(joining())
        + "</ul></aside>\n";
  }

  private static String footer() {
    return """
    <footer><p>Asia Pacific Dispatch &copy; 2026 &middot; <a href="/about">About</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/rss.xml">RSS</a></p></footer>
    </body>
    </html>
    """;
  }
}
