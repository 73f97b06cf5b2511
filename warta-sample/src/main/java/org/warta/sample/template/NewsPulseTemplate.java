package org.warta.sample.template;

import static java.util.stream.Collectors.joining;
import static org.warta.sample.template.Html.attr;
import static org.warta.sample.template.Html.text;

import java.time.OffsetDateTime;
import java.util.List;
import org.warta.sample.plan.CopyKind;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * NewsPulse: an English aggregator in UTC. Re-posts say "Originally published by X" (with a link)
 * or give the agency as "Source: AFP"; NewsArticle JSON-LD in UTC; "Trending" and "Latest" lists.
 */
final class NewsPulseTemplate implements PageTemplate {
  private static final Body BODY =
      new Body(
          p -> "<p>" + p + "</p>",
          d -> d + " &mdash; ",
          l ->
              "<div class=\"also\">Also on NewsPulse: <a href=\""
                  + attr(l.url().toString())
                  + "\">"
                  + text(l.title())
                  + "</a></div>",
          c -> "(" + c + ")",
          true);

  @Override
  public String article(ArticlePage page) {
    PlannedArticle a = page.article();
    String source = source(page);
    return head(
            a.title() + " — NewsPulse",
            a.canonical().toString(),
            Meta.openGraph(a) + Meta.script(Meta.newsArticle(a, Dates::isoUtc)))
        + bar(a.publisher())
        + """
        <main><article>
        <h1>%s</h1>
        <div class="stamp">Published <time datetime="%s">%s</time></div>
        %s
        <img src="%s" alt="%s"><div class="caption">%s</div>
        <div class="text">
        %s</div>
        </article>
        %s</main>
        """
            .formatted(
                text(a.title()),
                Dates.isoUtc(a.published()),
                stamp(a.published()),
                source,
                attr(a.image().toString()),
                attr(a.title()),
                text(a.imageCaption()),
                BODY.render(a, page.related()),
                lists(page.popular(), page.latest()))
        + footer();
  }

  @Override
  public String listing(ListingPage page) {
    String items =
        page.items().stream()
            .map(
                a ->
                    "<li><a href=\""
                        + attr(a.url().toString())
                        + "\">"
                        + text(a.title())
                        + "</a> <small>"
                        + stamp(a.published())
                        + "</small></li>\n")
            .collect(joining());
    return head(
            page.isHome() ? "NewsPulse" : page.heading() + " — NewsPulse",
            page.url().toString(),
            "")
        + bar(page.publisher())
        + "<main><h1>"
        + text(page.isHome() ? "Now" : page.heading())
        + "</h1><ul class=\"stream\">\n"
        + items
        + "</ul>\n"
        + lists(page.popular(), List.of())
        + "</main>\n"
        + footer();
  }

  private static String source(ArticlePage page) {
    PlannedArticle a = page.article();
    if (a.syndication().kind() == CopyKind.PUBLISHER_CREDIT && page.copiedPublisher().isPresent()) {
      return "<p class=\"origin\">Originally published by <a href=\""
          + attr(a.syndication().copiedFrom().orElseThrow().toString())
          + "\">"
          + text(page.copiedPublisher().get().name())
          + "</a></p>";
    }
    if (a.syndication().kind() == CopyKind.AGENCY_CREDIT) {
      return "<p class=\"origin\">Source: " + text(a.agency()) + "</p>";
    }
    return a.author().isEmpty() ? "" : "<p class=\"origin\">By " + text(a.author()) + "</p>";
  }

  private static String stamp(OffsetDateTime t) {
    return Dates.isoUtc(t).substring(0, 10) + " " + Dates.hhmm(t) + " UTC";
  }

  private static String head(String title, String canonical, String extra) {
    return """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>%s</title>
    <link rel="canonical" href="%s">
    <link rel="alternate" type="application/feed+json" href="/feed.json">
    %s</head>
    <body>
    """
        .formatted(text(title), attr(canonical), extra);
  }

  private static String bar(Publisher p) {
    return "<header class=\"bar\"><a href=\"/\">NewsPulse</a> "
        + p.sections().entrySet().stream()
            .map(
                e ->
                    "<a href=\""
                        + attr(p.sectionUrl(e.getKey()).toString())
                        + "\">"
                        + text(e.getValue())
                        + "</a>")
            .collect(joining(" "))
        + "</header>\n";
  }

  private static String lists(List<LinkItem> trending, List<LinkItem> latest) {
    StringBuilder sb = new StringBuilder("<aside>");
    sb.append("<h2>Trending</h2><ol>");
    trending.forEach(
        l ->
            sb.append("<li><a href=\"")
                .append(attr(l.url().toString()))
                .append("\">")
                .append(text(l.title()))
                .append("</a></li>"));
    sb.append("</ol>");
    if (!latest.isEmpty()) {
      sb.append("<h2>Latest</h2><ul>");
      latest.forEach(
          l ->
              sb.append("<li><a href=\"")
                  .append(attr(l.url().toString()))
                  .append("\">")
                  .append(text(l.title()))
                  .append("</a></li>"));
      sb.append("</ul>");
    }
    return sb.append("</aside>\n").toString();
  }

  private static String footer() {
    return """
    <footer>NewsPulse collects stories from publishers and agencies. Each story links its source.</footer>
    </body>
    </html>
    """;
  }
}
