package org.warta.sample.template;

import static java.util.stream.Collectors.joining;
import static org.warta.sample.template.Html.attr;
import static org.warta.sample.template.Html.text;

import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * BolaRaya: a sports site. Score ticker, "Penulis: X · Editor: Y", date "Minggu, 22/11/2026 21:58
 * WIB", one "Baca Juga" box with up to three headlines after the second paragraph, a "Video
 * Pilihan" block, share buttons and PNG lead images. JSON-LD dates in UTC.
 */
final class BolaRayaTemplate implements PageTemplate {

  @Override
  public String article(ArticlePage page) {
    PlannedArticle a = page.article();
    Publisher p = a.publisher();
    List<LinkItem> box = page.related();
    Body body =
        new Body(
            x -> "<p>" + x + "</p>",
            d -> "<strong>" + d + "</strong> &mdash; ",
            l -> box(box),
            c -> "(" + c + ")",
            true);
    String byline =
        (a.author().isEmpty() ? "" : "Penulis: " + text(a.author()) + " &middot; ")
            + "Editor: "
            + text(a.editor());
    return head(
            a.title() + " | BolaRaya",
            a.canonical().toString(),
            Meta.openGraph(a) + Meta.script(Meta.newsArticle(a, Dates::isoUtc)))
        + top(p)
        + """
        <main class="br-main"><div class="br-article">
        <a class="kanal" href="%s">%s</a>
        <h1>%s</h1>
        <div class="meta"><span class="byline">%s</span><span class="tanggal">%s, %s %s WIB</span></div>
        <div class="share-top"><a href="#wa">WhatsApp</a><a href="#fb">Facebook</a><a href="#x">X</a><a href="#salin">Salin</a></div>
        <figure><img src="%s" alt="%s" width="96" height="54"><figcaption>%s</figcaption></figure>
        <div class="isi-artikel">
        %s</div>
        <div class="video-pilihan"><h3>Video Pilihan</h3><div class="video-embed" data-video-id="br-vid-2026">Cuplikan pertandingan pekan ini</div></div>
        </div>
        %s</main>
        """
            .formatted(
                attr(p.sectionUrl(a.section()).toString()),
                text(p.sectionName(a.section())),
                text(a.title()),
                byline,
                Dates.idDay(a.published()),
                Dates.dmy(a.published()),
                Dates.hhmm(a.published()),
                attr(a.image().toString()),
                attr(a.title()),
                text(a.imageCaption()),
                body.render(a, box.isEmpty() ? List.of() : List.of(box.getFirst())),
                side(page.popular()))
        + footer();
  }

  @Override
  public String listing(ListingPage page) {
    Publisher p = page.publisher();
    String items =
        page.items().stream()
            .map(
                a ->
                    "<div class=\"kartu\"><a href=\""
                        + attr(a.url().toString())
                        + "\"><img src=\""
                        + attr(a.image().toString())
                        + "\" alt=\"\"><h2>"
                        + text(a.title())
                        + "</h2></a><span>"
                        + Dates.idDay(a.published())
                        + ", "
                        + Dates.dmy(a.published())
                        + " "
                        + Dates.hhmm(a.published())
                        + " WIB</span></div>\n")
            .collect(joining());
    return head(
            page.isHome() ? "BolaRaya - " + p.tagline() : page.heading() + " | BolaRaya",
            page.url().toString(),
            "")
        + top(p)
        + "<main class=\"br-main\"><div class=\"br-list\"><h1>"
        + text(page.isHome() ? "Terbaru" : page.heading())
        + "</h1>\n"
        + items
        + "</div>\n"
        + side(page.popular())
        + "</main>\n"
        + footer();
  }

  private static String box(List<LinkItem> links) {
    return "<div class=\"baca-juga-box\"><span class=\"label\">Baca Juga</span><ul>"
        + links.stream()
            .map(
                l ->
                    "<li><a href=\""
                        + attr(l.url().toString())
                        + "\">"
                        + text(l.title())
                        + "</a></li>")
            .collect(joining())
        + "</ul></div>";
  }

  private static String head(String title, String canonical, String extra) {
    return """
    <!DOCTYPE html>
    <html lang="id">
    <head>
    <meta charset="UTF-8">
    <title>%s</title>
    <link rel="canonical" href="%s">
    %s<link rel="stylesheet" href="/static/br.css">
    </head>
    <body class="bolaraya">
    """
        .formatted(text(title), attr(canonical), extra);
  }

  private static String top(Publisher p) {
    return """
    <div class="skor-ticker"><span>Hasil &amp; Jadwal</span> <a href="/jadwal">Lihat jadwal pertandingan pekan ini</a></div>
    <header><a href="/" class="logo">BolaRaya</a><nav>%s<a href="/jadwal">Jadwal</a><a href="/klasemen">Klasemen</a></nav></header>
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

  private static String side(List<LinkItem> popular) {
    return "<aside class=\"br-side\"><h3>Terpopuler</h3><ol>"
        + popular.stream()
            .map(
                l ->
                    "<li><a href=\""
                        + attr(l.url().toString())
                        + "\">"
                        + text(l.title())
                        + "</a></li>")
            .collect(joining())
        + "</ol><div class=\"iklan\">Iklan</div></aside>\n";
  }

  private static String footer() {
    return """
    <footer class="br-footer"><p>BolaRaya &copy; 2026 &middot; <a href="/tentang">Tentang</a> &middot; <a href="/pedoman">Pedoman Media Siber</a></p></footer>
    </body>
    </html>
    """;
  }
}
