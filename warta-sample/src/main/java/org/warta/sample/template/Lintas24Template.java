package org.warta.sample.template;

import static java.util.stream.Collectors.joining;
import static org.warta.sample.template.Html.attr;
import static org.warta.sample.template.Html.text;

import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * Lintas24: a fast-news portal. Date line "Jumat, 20 Nov 2026 06:52 WIB", byline "Name - Lintas24",
 * "Baca juga:" boxes in small tables, a parallax ad inside the body, closing initials "(yog/rdp)",
 * tags and "Berita Terpopuler"/"Terkini" sidebars with times. JSON-LD dates in UTC.
 */
final class Lintas24Template implements PageTemplate {
  private static final String PARALLAX =
      "<div class=\"parallax_ads\"><div class=\"parallax_abs\">ADVERTISEMENT</div>"
          + "<div class=\"parallax_ads_text\">SCROLL TO CONTINUE WITH CONTENT</div></div>";

  private static final Body BODY =
      new Body(
          p -> "<p>" + p + "</p>",
          d -> "<strong>" + d + "</strong> - ",
          l ->
              "<table class=\"linksisip\"><tbody><tr><td><div class=\"lihatjg\"><strong>Baca juga:"
                  + "</strong> <a href=\""
                  + attr(l.url().toString())
                  + "\">"
                  + text(l.title())
                  + "</a></div></td></tr></tbody></table>\n"
                  + PARALLAX,
          c -> "<strong>(" + c + ")</strong>",
          true);

  @Override
  public String article(ArticlePage page) {
    PlannedArticle a = page.article();
    Publisher p = a.publisher();
    String author = a.author().isEmpty() ? "Tim Lintas24" : a.author();
    return head(
            p,
            a.title(),
            a.canonical().toString(),
            a.description(),
            Meta.openGraph(a) + Meta.script(Meta.newsArticle(a, Dates::isoUtc)))
        + top(p)
        + """
        <div class="grid-row content__bg"><div class="column-8">
        <article class="detail">
        <div class="detail__header">
        <div class="page__breadcrumb"><a href="/">Lintas24</a> <a href="%s">%s</a></div>
        <h1 class="detail__title">%s</h1>
        <div class="detail__author">%s - Lintas24</div>
        <div class="detail__date">%s</div>
        </div>
        <div class="detail__media"><figure class="detail__media-image"><img src="%s" alt="%s" title="%s" class="p_img_zoomin img-zoomin"><figcaption class="detail__media-caption">%s</figcaption></figure></div>
        <div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
        %s</div></div>
        <div class="detail__body-tag"><div class="nav">%s</div></div>
        </article>
        </div>
        %s</div>
        """
            .formatted(
                attr(p.sectionUrl(a.section()).toString()),
                text(p.sectionName(a.section())),
                text(a.title()),
                text(author),
                text(dateLine(a)),
                attr(a.image().toString()),
                attr(a.title()),
                attr(a.title()),
                text(a.imageCaption()),
                BODY.render(a, page.related()),
                a.tags().stream()
                    .map(
                        t ->
                            "<a href=\"/tag/"
                                + attr(t.replace(' ', '-'))
                                + "\" class=\"nav__item\">"
                                + text(t)
                                + "</a>")
                    .collect(joining()),
                side(page.popular(), page.latest()))
        + footer(p);
  }

  @Override
  public String listing(ListingPage page) {
    Publisher p = page.publisher();
    String items =
        page.items().stream()
            .map(
                a ->
                    """
                    <article class="list-content__item"><div class="media"><a href="%s" class="media__link"><img src="%s" alt=""></a><div class="media__text"><h3 class="media__title"><a href="%s" class="media__link">%s</a></h3><div class="media__date"><span title="%s">%s</span></div></div></div></article>
                    """
                        .formatted(
                            attr(a.url().toString()),
                            attr(a.image().toString()),
                            attr(a.url().toString()),
                            text(a.title()),
                            attr(dateLine(a)),
                            text(dateLine(a))))
            .collect(joining());
    return head(
            p,
            page.isHome()
                ? p.name() + " - " + p.tagline()
                : "Berita " + page.heading() + " Hari Ini - " + p.name(),
            page.url().toString(),
            p.tagline(),
            "")
        + top(p)
        + "<div class=\"grid-row content__bg\"><div class=\"column-8\"><div class=\"list-content\">"
        + "<h1 class=\"title\">"
        + text(page.isHome() ? "Berita Terbaru" : page.heading())
        + "</h1>\n"
        + items
        + "</div></div>\n"
        + side(page.popular(), List.of())
        + "</div>\n"
        + footer(p);
  }

  static String dateLine(PlannedArticle a) {
    var t = a.published();
    return Dates.idDay(t)
        + ", "
        + String.format(java.util.Locale.ROOT, "%02d", t.getDayOfMonth())
        + " "
        + Dates.idMonthShort(t)
        + " "
        + t.getYear()
        + " "
        + Dates.hhmm(t)
        + " WIB";
  }

  private static String head(
      Publisher p, String title, String canonical, String desc, String extra) {
    return """
    <!DOCTYPE html>
    <html lang="id">
    <head>
    <meta charset="utf-8">
    <title>%s</title>
    <meta name="description" content="%s">
    <meta name="robots" content="index, follow, max-image-preview:large">
    <link rel="canonical" href="%s">
    <link rel="amphtml" href="%s">
    %s</head>
    <body>
    """
        .formatted(
            text(title),
            attr(desc),
            attr(canonical),
            attr(canonical.replace("https://news.", "https://m.") + "/amp"),
            extra);
  }

  private static String top(Publisher p) {
    return """
    <header class="header"><div class="container"><a href="/" class="header__logo"><img src="/logo.svg" alt="%s"></a>
    <nav class="navbar"><a href="/">Home</a>%s<a href="/indeks">Indeks</a></nav></div></header>
    """
        .formatted(
            attr(p.name()),
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

  private static String side(List<LinkItem> popular, List<LinkItem> latest) {
    StringBuilder sb = new StringBuilder("<div class=\"column-4\">");
    sb.append("<div class=\"box cb-mostpop\"><h2 class=\"box__title\">Berita Terpopuler</h2>");
    for (int i = 0; i < popular.size(); i++) {
      LinkItem l = popular.get(i);
      sb.append("<article class=\"list-content__item\"><span class=\"number\">#")
          .append(i + 1)
          .append("</span> <a href=\"")
          .append(attr(l.url().toString()))
          .append("\">")
          .append(text(l.title()))
          .append("</a></article>");
    }
    sb.append("</div>");
    if (!latest.isEmpty()) {
      sb.append("<div class=\"box\"><h2 class=\"box__title\">Terkini</h2>");
      latest.forEach(
          l ->
              sb.append("<div class=\"media__date\">")
                  .append(Dates.hhmm(l.published()))
                  .append(" WIB</div><a href=\"")
                  .append(attr(l.url().toString()))
                  .append("\">")
                  .append(text(l.title()))
                  .append("</a>"));
      sb.append("</div>");
    }
    return sb.append("</div>\n").toString();
  }

  private static String footer(Publisher p) {
    return """
    <footer class="footer"><div class="container"><a href="/redaksi">Redaksi</a> <a href="/pedoman-media-siber">Pedoman Media Siber</a> <a href="/karir">Karir</a> <a href="/kotak-pos">Kotak Pos</a>
    <p>Copyright @ 2026 %s. All right reserved</p></div></footer>
    </body>
    </html>
    """
        .formatted(text(p.name()));
  }
}
