package org.warta.sample.template;

import static java.util.stream.Collectors.joining;
import static org.warta.sample.template.Html.attr;
import static org.warta.sample.template.Html.text;

import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * SekilasKini: an aggregator that re-posts other portals' articles under its own chrome, like the
 * seed page. The site name, the title twice (page title and headline), the caption, "Baca juga :"
 * links to its own pages, the copied wire credit, then the promo line naming the portal it copied
 * from, "Editor :", "Terkini Lainnya" and "Tautan Sahabat". Partial OpenGraph, no JSON-LD.
 */
final class SekilasKiniTemplate implements PageTemplate {
  private static final Body BODY =
      new Body(
          p -> "<p>" + p + "</p>",
          d -> d + " - ",
          l ->
              "<p>Baca juga : <a href=\""
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
    String channel =
        page.copiedPublisher().map(Publisher::host).orElse(p.host()).replaceFirst("^www\\.", "");
    return head(p, a.title(), a.canonical().toString(), Meta.openGraphPartial(a))
        + """
        <div class="site-name"><a href="/">%s</a></div>
        %s
        <div class="konten">
        <div class="judul-halaman">%s</div>
        <h1 class="judul">%s</h1>
        <div class="waktu">%s, %s %s %s %s</div>
        <div class="gambar"><img src="%s" alt="%s"><p class="keterangan">%s</p></div>
        <div class="isi">
        %s<p>&nbsp;</p>
        <p>Cek berita dan artikel yg lain di Google News dan ikuti WhatsApp channel %s</p>
        </div>
        <p class="editor">Editor : %s</p>
        <div class="blok"><h2>Terkini Lainnya</h2><ul>%s</ul></div>
        <div class="blok"><h2>Tautan Sahabat</h2><ul>%s</ul></div>
        </div>
        """
            .formatted(
                text(p.host()),
                nav(p),
                text(a.title()),
                text(a.title()),
                Dates.idDay(a.published()),
                a.published().getDayOfMonth(),
                Dates.idMonthShort(a.published()),
                a.published().getYear(),
                Dates.hhmm(a.published()),
                attr(a.image().toString()),
                attr(a.title()),
                text(a.imageCaption()),
                BODY.render(a, page.related()),
                text(channel),
                text(a.editor()),
                links(page.latest()),
                partners(page))
        + footer();
  }

  @Override
  public String listing(ListingPage page) {
    Publisher p = page.publisher();
    String items =
        page.items().stream()
            .map(
                a ->
                    "<li><a href=\""
                        + attr(a.url().toString())
                        + "\">"
                        + text(a.title())
                        + "</a> <span>"
                        + a.published().getDayOfMonth()
                        + " "
                        + Dates.idMonthShort(a.published())
                        + " "
                        + Dates.hhmm(a.published())
                        + "</span></li>\n")
            .collect(joining());
    return head(
            p,
            page.isHome() ? p.name() + " - " + p.tagline() : page.heading(),
            page.url().toString(),
            "")
        + "<div class=\"site-name\"><a href=\"/\">"
        + text(p.host())
        + "</a></div>\n"
        + nav(p)
        + "<div class=\"konten\"><h1>"
        + text(page.isHome() ? "Terbaru" : page.heading())
        + "</h1><ul class=\"daftar\">\n"
        + items
        + "</ul>\n"
        + "<div class=\"blok\"><h2>Populer</h2><ul>"
        + links(page.popular())
        + "</ul></div>\n"
        + "</div>\n"
        + footer();
  }

  private static String head(Publisher p, String title, String canonical, String extra) {
    return """
    <!doctype html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>%s</title>
    <link rel="canonical" href="%s">
    <meta name="viewport" content="width=device-width">
    %s<script async src="https://ads.sekilaskini.example/loader.js"></script>
    </head>
    <body>
    """
        .formatted(text(title), attr(canonical), extra);
  }

  private static String nav(Publisher p) {
    return "<div class=\"menu\">"
        + p.sections().entrySet().stream()
            .map(
                e ->
                    "<a href=\""
                        + attr(p.sectionUrl(e.getKey()).toString())
                        + "\">"
                        + text(e.getValue())
                        + "</a>")
            .collect(joining(" "))
        + "</div>\n";
  }

  private static String links(java.util.List<LinkItem> items) {
    return items.stream()
        .map(
            l ->
                "<li><a href=\"" + attr(l.url().toString()) + "\">" + text(l.title()) + "</a></li>")
        .collect(joining());
  }

  private static String partners(ArticlePage page) {
    return page.partners().stream()
        .map(
            s ->
                "<li><a href=\"" + attr(s.home().toString()) + "\">" + text(s.name()) + "</a></li>")
        .collect(joining());
  }

  private static String footer() {
    return """
    <div class="kaki">Disclaimer: artikel di situs ini dihimpun dari berbagai sumber. Hak cipta pada pemiliknya masing-masing.<br>
    <a href="/privacy">Kebijakan Privasi</a> - <a href="/kontak">Kontak</a></div>
    </body>
    </html>
    """;
  }
}
