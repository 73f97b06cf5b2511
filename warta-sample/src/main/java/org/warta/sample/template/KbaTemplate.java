package org.warta.sample.template;

import static java.util.stream.Collectors.joining;
import static org.warta.sample.template.Html.attr;
import static org.warta.sample.template.Html.text;

import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * KBA, a fictional news agency: "Mamuju (KBA) - " datelines, paragraphs run together with {@code
 * <br><br>} in one element, "Baca juga:" spans, a "Pewarta: / Editor: / COPYRIGHT" footer and a
 * notice against crawling. Full OpenGraph, no JSON-LD.
 */
final class KbaTemplate implements PageTemplate {
  private static final Body BODY =
      new Body(
          p -> p + "<br><br>",
          d -> "<b>" + d + "</b> - ",
          l ->
              "<span class=\"baca-juga\">Baca juga: <a href=\""
                  + attr(l.url().toString())
                  + "\">"
                  + text(l.title())
                  + "</a></span><br><br>",
          c -> "(" + c + ")",
          true);

  @Override
  public String article(ArticlePage page) {
    PlannedArticle a = page.article();
    Publisher p = a.publisher();
    return head(a.title() + " - KBA", a.canonical().toString(), Meta.openGraph(a))
        + top(p)
        + """
        <div class="container"><div class="row"><div class="col-md-8">
        <div class="wrap__article-detail">
        <ol class="breadcrumb"><li><a href="/">Beranda</a></li><li><a href="%s">%s</a></li></ol>
        <h1 class="wrap__article-detail-title">%s</h1>
        <div class="wrap__article-detail-info"><span class="text-secondary">%s %s WIB</span></div>
        <div class="wrap__article-detail-image"><figure><img class="img-fluid" src="%s" alt="%s"><p class="wrap__article-detail-image-caption">%s</p></figure></div>
        <div class="wrap__article-detail-content post-content">
        %s
        <p class="text-muted mt-4 small">Pewarta: %s<br>Editor: %s<br>COPYRIGHT &copy; KBA 2026</p>
        <p class="text-muted small">Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita Antarpulau.</p>
        </div></div></div>
        %s</div></div>
        """
            .formatted(
                attr(p.sectionUrl(a.section()).toString()),
                text(p.sectionName(a.section())),
                text(a.title()),
                text(Dates.idLong(a.published())),
                Dates.hhmm(a.published()),
                attr(a.image().toString()),
                attr(a.title()),
                text(a.imageCaption()),
                BODY.render(a, page.related()).strip(),
                text(a.author()),
                text(a.editor()),
                side(page.latest(), page.popular()))
        + footer();
  }

  @Override
  public String listing(ListingPage page) {
    Publisher p = page.publisher();
    String items =
        page.items().stream()
            .map(
                a ->
                    """
                    <div class="card__post card__post-list"><div class="image-sm"><a href="%s"><img src="%s" class="img-fluid" alt=""></a></div><div class="card__post__body"><h3 class="card__post__title"><a href="%s">%s</a></h3><span class="text-secondary">%s %s WIB</span></div></div>
                    """
                        .formatted(
                            attr(a.url().toString()),
                            attr(a.image().toString()),
                            attr(a.url().toString()),
                            text(a.title()),
                            text(Dates.idLong(a.published())),
                            Dates.hhmm(a.published())))
            .collect(joining());
    return head(
            page.isHome() ? "KBA - " + p.tagline() : "Berita " + page.heading() + " - KBA",
            page.url().toString(),
            "")
        + top(p)
        + "<div class=\"container\"><div class=\"row\"><div class=\"col-md-8\"><h2 class=\"title\">"
        + text(page.isHome() ? "Berita Terkini" : page.heading())
        + "</h2>\n"
        + items
        + "</div>\n"
        + side(List.of(), page.popular())
        + "</div></div>\n"
        + footer();
  }

  private static String head(String title, String canonical, String extra) {
    return """
    <!DOCTYPE html>
    <html lang="id">
    <head>
    <meta charset="utf-8">
    <title>%s</title>
    <link rel="canonical" href="%s">
    %s</head>
    <body>
    """
        .formatted(text(title), attr(canonical), extra);
  }

  private static String top(Publisher p) {
    return """
    <div class="topbar"><div class="container">Kantor Berita Antarpulau &middot; <a href="/layanan">Layanan Berlangganan</a></div></div>
    <nav class="navbar"><a class="navbar-brand" href="/"><img src="/logo.svg" alt="KBA"></a><ul class="navbar-nav">%s</ul></nav>
    <div class="ticker">Terkini: Berita dari seluruh penjuru Nusantara</div>
    """
        .formatted(
            p.sections().entrySet().stream()
                .map(
                    e ->
                        "<li class=\"nav-item\"><a href=\""
                            + attr(p.sectionUrl(e.getKey()).toString())
                            + "\">"
                            + text(e.getValue())
                            + "</a></li>")
                .collect(joining()));
  }

  private static String side(List<LinkItem> latest, List<LinkItem> popular) {
    StringBuilder sb = new StringBuilder("<div class=\"col-md-4\">");
    if (!latest.isEmpty()) {
      sb.append(
          "<aside class=\"wrapper__list__article\"><h4 class=\"border_section\">Terkini</h4>");
      latest.forEach(
          l ->
              sb.append("<div class=\"card__post\"><a href=\"")
                  .append(attr(l.url().toString()))
                  .append("\">")
                  .append(text(l.title()))
                  .append("</a></div>"));
      sb.append("</aside>");
    }
    sb.append("<aside><h4 class=\"border_section\">Terpopuler</h4><ol>");
    popular.forEach(
        l ->
            sb.append("<li><a href=\"")
                .append(attr(l.url().toString()))
                .append("\">")
                .append(text(l.title()))
                .append("</a></li>"));
    return sb.append("</ol></aside></div>\n").toString();
  }

  private static String footer() {
    return """
    <footer class="footer"><div class="container"><p>Kantor Berita Antarpulau (KBA). Jalan Merdeka Fiktif 17, Jakarta.</p><p>&copy; 2026 KBA. Seluruh hak cipta dilindungi undang-undang.</p></div></footer>
    </body>
    </html>
    """;
  }
}
