package org.warta.sample.template;

import static java.util.stream.Collectors.joining;
import static org.warta.sample.template.Html.attr;
import static org.warta.sample.template.Html.text;

import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * Harian Cakrawala: a daily's site in the shape of the seed page. Headline, lead figure whose
 * caption ends in the photo credit, "Baca juga : " paragraphs, the wire credit glued to the last
 * paragraph, the Google News/WhatsApp promo, "Editor : Name", then "Terkini Lainnya" and "Tautan
 * Sahabat". Partial OpenGraph and a NewsArticle JSON-LD with WIB offsets.
 */
final class CakrawalaTemplate implements PageTemplate {
  private static final Body BODY =
      new Body(
          p -> "<p>" + p + "</p>",
          d -> d + " - ",
          l ->
              "<p><strong>Baca juga : </strong><a href=\""
                  + attr(l.url().toString())
                  + "\" class=\"related-link\">"
                  + text(l.title())
                  + "</a></p>",
          c -> "(" + c + ")",
          true);

  @Override
  public String article(ArticlePage page) {
    PlannedArticle a = page.article();
    Publisher p = a.publisher();
    String author =
        a.author().isEmpty() ? "" : "<span class=\"author\">" + text(a.author()) + "</span> - ";
    return head(
            p,
            a.title(),
            a.canonical().toString(),
            Meta.openGraphPartial(a) + Meta.script(Meta.newsArticle(a, Dates::iso)))
        + header(p)
        + """
        <div class="wrapper"><div class="main-content">
        <div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="%s">%s</a></div>
        <h1>%s</h1>
        <div class="info">%s%s, %s WIB</div>
        <div class="image-box"><img src="%s" alt="%s"><div class="caption">%s</div></div>
        <div class="article" id="artikel">
        %s<p>&nbsp;</p>
        <p class="promo-gn">Cek berita dan artikel yg lain di <a href="https://news.google.example/hariancakrawala">Google News</a> dan ikuti WhatsApp channel <a href="https://wa.example/channel/hariancakrawala">hariancakrawala.example</a></p>
        </div>
        <div class="editor">Editor : %s</div>
        %s</div>
        %s</div>
        """
            .formatted(
                attr(p.sectionUrl(a.section()).toString()),
                text(p.sectionName(a.section())),
                text(a.title()),
                author,
                text(Dates.idLong(a.published())),
                Dates.hhmm(a.published()),
                attr(a.image().toString()),
                attr(a.title()),
                text(a.imageCaption()),
                BODY.render(a, page.related()),
                text(a.editor()),
                lower(page.latest(), page.partners()),
                side(page.popular()))
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
                    <div class="list-berita"><a href="%s"><img src="%s" alt="%s"></a><h3><a href="%s">%s</a></h3><p>%s</p><span class="date">%s %s WIB</span></div>
                    """
                        .formatted(
                            attr(a.url().toString()),
                            attr(a.image().toString()),
                            attr(a.title()),
                            attr(a.url().toString()),
                            text(a.title()),
                            text(a.description()),
                            text(Dates.idLong(a.published())),
                            Dates.hhmm(a.published())))
            .collect(joining());
    return head(
            p,
            page.isHome() ? p.name() + " | " + p.tagline() : page.heading() + " | " + p.name(),
            page.url().toString(),
            "")
        + header(p)
        + "<div class=\"wrapper\"><div class=\"main-content\"><h2 class=\"judul-kanal\">"
        + text(page.isHome() ? "Berita Utama" : page.heading())
        + "</h2>\n"
        + items
        + lower(List.of(), page.partners())
        + "</div>\n"
        + side(page.popular())
        + "</div>\n"
        + footer(p);
  }

  private static String head(Publisher p, String title, String canonical, String extra) {
    return """
    <!DOCTYPE html>
    <html lang="id-ID">
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <title>%s</title>
    <link rel="canonical" href="%s">
    <link rel="alternate" type="application/atom+xml" href="%s">
    <link rel="stylesheet" href="/assets/css/style.css?v=3.1">
    %s</head>
    <body>
    """
        .formatted(text(title), attr(canonical), attr(p.feedUrl().toString()), extra);
  }

  private static String header(Publisher p) {
    String nav =
        p.sections().entrySet().stream()
            .map(
                e ->
                    "<a href=\""
                        + attr(p.sectionUrl(e.getKey()).toString())
                        + "\">"
                        + text(e.getValue())
                        + "</a>")
            .collect(joining(" | "));
    return """
    <div id="header"><div class="logo"><a href="/"><img src="/logo.svg" alt="%s"></a></div>
    <div class="menu">%s | <a href="/foto">Foto</a> | <a href="/video">Video</a> | <a href="/epaper">E-Paper</a></div></div>
    """
        .formatted(attr(p.name()), nav);
  }

  private static String lower(List<LinkItem> latest, List<Publisher> partners) {
    StringBuilder sb = new StringBuilder();
    if (!latest.isEmpty()) {
      sb.append("<div class=\"terkini-lainnya\"><h3>Terkini Lainnya</h3><ul>");
      latest.forEach(
          l ->
              sb.append("<li><a href=\"")
                  .append(attr(l.url().toString()))
                  .append("\">")
                  .append(text(l.title()))
                  .append("</a></li>"));
      sb.append("</ul></div>\n");
    }
    sb.append("<div class=\"tautan-sahabat\"><h3>Tautan Sahabat</h3><ul>");
    partners.forEach(
        s ->
            sb.append("<li><a href=\"")
                .append(attr(s.home().toString()))
                .append("\" rel=\"nofollow\">")
                .append(text(s.host()))
                .append("</a></li>"));
    return sb.append("</ul></div>\n").toString();
  }

  private static String side(List<LinkItem> popular) {
    return "<div class=\"sidebar\"><div class=\"box\"><h4>Populer</h4><ol>"
        + popular.stream()
            .map(
                l ->
                    "<li><a href=\""
                        + attr(l.url().toString())
                        + "\">"
                        + text(l.title())
                        + "</a></li>")
            .collect(joining())
        + "</ol></div><div class=\"ads\">Iklan</div></div>\n";
  }

  private static String footer(Publisher p) {
    return """
    <div id="footer"><a href="/tentang-kami">Tentang Kami</a> | <a href="/redaksi">Redaksi</a> | <a href="/pedoman">Pedoman Media Siber</a> | <a href="/karir">Karir</a><br>
    &copy; 2026 %s, All Rights Reserved</div>
    </body></html>
    """
        .formatted(text(p.host()));
  }
}
