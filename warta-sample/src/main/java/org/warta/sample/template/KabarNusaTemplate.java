package org.warta.sample.template;

import static java.util.stream.Collectors.joining;
import static org.warta.sample.template.Html.attr;
import static org.warta.sample.template.Html.text;

import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * Kabar Nusa: a national portal. Full OpenGraph and a NewsArticle JSON-LD with WIB offsets, a
 * "Penulis : X | Editor : Y" table, a share bar, a lazy lead image with noscript fallback, "Baca
 * juga :" paragraphs, tags, a Google News/WhatsApp promo and "Berita Terpopuler"/"Terkini"
 * sidebars.
 */
final class KabarNusaTemplate implements PageTemplate {
  private static final String PIXEL =
      "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

  private static final Body BODY =
      new Body(
          p -> "<p>" + p + "</p>",
          d -> "<strong>" + d + "</strong> - ",
          l ->
              "<p class=\"baca-juga\"><strong>Baca juga : </strong><a href=\""
                  + attr(l.url().toString())
                  + "\">"
                  + text(l.title())
                  + "</a></p>",
          c -> "(" + c + ")",
          true);

  @Override
  public String article(ArticlePage page) {
    PlannedArticle a = page.article();
    Publisher p = a.publisher();
    return head(
            p,
            a.title() + " - " + p.name(),
            a.canonical().toString(),
            a.description(),
            Meta.openGraph(a) + Meta.script(Meta.newsArticle(a, Dates::iso)))
        + header(p, a.section())
        + """
        <main class="container">
        <div class="col-main">
        <ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="%s">%s</a></li></ul>
        <h1 class="read__title">%s</h1>
        <table class="byline"><tr><td>%s</td></tr></table>
        <div class="read__time">%s WIB</div>
        %s
        <figure class="photo">
        <img class="lazyload" src="%s" data-src="%s" alt="%s" width="640" height="360">
        <noscript><img src="%s" alt="%s"></noscript>
        <figcaption class="photo__caption">%s</figcaption>
        </figure>
        <div class="read__content">
        %s</div>
        %s
        <p class="promo">Simak berita terkini Kabar Nusa di <a href="https://news.google.example/kabarnusa">Google News</a> dan saluran <a href="https://wa.example/channel/kabarnusa">WhatsApp Kabar Nusa</a>.</p>
        </div>
        """
            .formatted(
                attr(p.sectionUrl(a.section()).toString()),
                text(p.sectionName(a.section())),
                text(a.title()),
                byline(a),
                text(Dates.idLong(a.published()) + " " + Dates.hhmm(a.published())),
                share(),
                PIXEL,
                attr(a.image().toString()),
                attr(a.title()),
                attr(a.image().toString()),
                attr(a.title()),
                text(a.imageCaption()),
                BODY.render(a, page.related()),
                tags(a))
        + sidebar(page.popular(), page.latest())
        + "</main>\n"
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
                    <article class="list-item"><a href="%s"><img class="lazyload" src="%s" data-src="%s" alt=""></a>
                    <div><span class="list-item__section">%s</span><h2><a href="%s">%s</a></h2>
                    <time>%s, %s WIB</time></div></article>
                    """
                        .formatted(
                            attr(a.url().toString()),
                            PIXEL,
                            attr(a.image().toString()),
                            text(p.sectionName(a.section())),
                            attr(a.url().toString()),
                            text(a.title()),
                            text(Dates.idLong(a.published())),
                            Dates.hhmm(a.published())))
            .collect(joining());
    String title =
        page.isHome() ? p.name() + " - " + p.tagline() : page.heading() + " - " + p.name();
    return head(p, title, page.url().toString(), p.tagline(), "")
        + header(p, page.section())
        + "<main class=\"container\"><div class=\"col-main\"><h1 class=\"page-title\">"
        + text(page.isHome() ? "Berita Terkini" : page.heading())
        + "</h1>\n"
        + items
        + "</div>\n"
        + sidebar(page.popular(), List.of())
        + "</main>\n"
        + footer(p);
  }

  private static String head(
      Publisher p, String title, String canonical, String desc, String extra) {
    return """
    <!DOCTYPE html>
    <html lang="id">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>%s</title>
    <meta name="description" content="%s">
    <link rel="canonical" href="%s">
    <link rel="alternate" type="application/rss+xml" title="%s" href="%s">
    %s<script>window.googletag=window.googletag||{cmd:[]};</script>
    </head>
    <body class="kn">
    """
        .formatted(
            text(title),
            attr(desc),
            attr(canonical),
            attr(p.name()),
            attr(p.feedUrl().toString()),
            extra);
  }

  private static String header(Publisher p, String current) {
    String nav =
        p.sections().entrySet().stream()
            .map(
                e ->
                    "<li"
                        + (e.getKey().equals(current) ? " class=\"active\"" : "")
                        + "><a href=\""
                        + attr(p.sectionUrl(e.getKey()).toString())
                        + "\">"
                        + text(e.getValue())
                        + "</a></li>")
            .collect(joining());
    return """
    <header class="kn-header">
    <div class="topbar"><span>Portal berita nasional</span><a href="/login">Masuk</a></div>
    <a class="logo" href="/"><img src="/logo.svg" alt="Kabar Nusa"></a>
    <form class="search" action="/search"><input name="q" placeholder="Cari berita..."></form>
    <nav><ul class="nav"><li><a href="/">Beranda</a></li>%s</ul></nav>
    <div class="breaking"><b>Breaking News</b> <marquee>Ikuti perkembangan terbaru hanya di Kabar Nusa</marquee></div>
    </header>
    """
        .formatted(nav);
  }

  private static String byline(PlannedArticle a) {
    String author = a.author().isEmpty() ? "" : "Penulis : " + text(a.author()) + " | ";
    return author + "Editor : " + text(a.editor());
  }

  private static String share() {
    return """
    <div class="share"><span>Bagikan:</span> <a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#wa">WhatsApp</a> <a href="#tg">Telegram</a> <a href="#copy">Salin Tautan</a></div>\
    """;
  }

  private static String tags(PlannedArticle a) {
    if (a.tags().isEmpty()) {
      return "";
    }
    return "<div class=\"tags\">Tag: "
        + a.tags().stream()
            .map(t -> "<a href=\"/tag/" + attr(t.replace(' ', '-')) + "\">" + text(t) + "</a>")
            .collect(joining(" "))
        + "</div>";
  }

  private static String sidebar(List<LinkItem> popular, List<LinkItem> latest) {
    StringBuilder sb = new StringBuilder("<aside class=\"col-side\">\n");
    sb.append("<section><h3>Berita Terpopuler</h3><ol>");
    popular.forEach(
        l ->
            sb.append("<li><a href=\"")
                .append(attr(l.url().toString()))
                .append("\">")
                .append(text(l.title()))
                .append("</a></li>"));
    sb.append("</ol></section>\n");
    if (!latest.isEmpty()) {
      sb.append("<section><h3>Terkini</h3><ul>");
      latest.forEach(
          l ->
              sb.append("<li><time>")
                  .append(Dates.hhmm(l.published()))
                  .append(" WIB</time> <a href=\"")
                  .append(attr(l.url().toString()))
                  .append("\">")
                  .append(text(l.title()))
                  .append("</a></li>"));
      sb.append("</ul></section>\n");
    }
    sb.append("<div class=\"ad ad-300\">Advertisement</div>\n</aside>\n");
    return sb.toString();
  }

  private static String footer(Publisher p) {
    return """
    <footer class="kn-footer">
    <ul><li><a href="/redaksi">Redaksi</a></li><li><a href="/pedoman-media-siber">Pedoman Media Siber</a></li><li><a href="/kontak">Kontak</a></li><li><a href="/karier">Karier</a></li></ul>
    <p>Copyright &copy; 2026 %s. All rights reserved.</p>
    </footer>
    </body>
    </html>
    """
        .formatted(text(p.name()));
  }
}
