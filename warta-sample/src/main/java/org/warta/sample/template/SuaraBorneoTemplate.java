package org.warta.sample.template;

import static java.util.stream.Collectors.joining;
import static org.warta.sample.template.Html.attr;
import static org.warta.sample.template.Html.json;
import static org.warta.sample.template.Html.text;

import java.util.List;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * Suara Borneo: a regional WordPress portal served in windows-1252. Cookie banner, breaking-news
 * ticker, "Oleh: X", dates in Wita, an AdSense slot between paragraphs, "BACA JUGA:" paragraphs,
 * the closing credit on a line of its own, a newsletter box and a comment form. Its JSON-LD is a
 * WebPage without publication date (as SEO plug-ins often emit); the dates are in OpenGraph.
 */
final class SuaraBorneoTemplate implements PageTemplate {
  private static final Body BODY =
      new Body(
          p -> "<p>" + p + "</p>",
          d -> "<strong>" + d + "</strong> &ndash; ",
          l ->
              "<p><strong>BACA JUGA:</strong> <a href=\""
                  + attr(l.url().toString())
                  + "\">"
                  + text(l.title())
                  + "</a></p>\n<ins class=\"adsbygoogle\" data-ad-slot=\"4410\"></ins>",
          c -> "<em>(" + c + ")</em>",
          false);

  @Override
  public String article(ArticlePage page) {
    PlannedArticle a = page.article();
    Publisher p = a.publisher();
    String by = a.author().isEmpty() ? "Redaksi" : a.author();
    return head(
            p,
            a.title() + " | " + p.name(),
            a.canonical().toString(),
            Meta.openGraph(a) + Meta.script(graph(a)))
        + chrome(p)
        + """
        <div id="primary" class="content-area"><main id="main" class="site-main">
        <article class="post type-post status-publish format-standard has-post-thumbnail">
        <header class="entry-header">
        <span class="cat-links"><a href="%s" rel="category tag">%s</a></span>
        <h1 class="entry-title">%s</h1>
        <div class="entry-meta">Oleh: <span class="author vcard">%s</span> &middot; <span class="posted-on">%s | %s Wita</span></div>
        </header>
        <figure class="wp-caption"><img loading="lazy" src="%s" class="attachment-large wp-post-image" alt="" width="640" height="360"><figcaption class="wp-caption-text">%s</figcaption></figure>
        <div class="entry-content">
        %s</div>
        %s
        <div class="newsletter"><h4>Langganan Newsletter</h4><form><input type="email" placeholder="Email Anda"><button>Daftar</button></form></div>
        <div id="comments" class="comments-area"><h3 id="reply-title">Tinggalkan Balasan</h3>
        <p>Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *</p>
        <form id="commentform"><textarea name="comment"></textarea><input type="submit" value="Kirim Komentar"></form></div>
        </article></main></div>
        """
            .formatted(
                attr(p.sectionUrl(a.section()).toString()),
                text(p.sectionName(a.section())),
                text(a.title()),
                text(by),
                text(
                    a.published().getDayOfMonth()
                        + " "
                        + Dates.idMonth(a.published())
                        + " "
                        + a.published().getYear()),
                Dates.hhmm(a.published()).replace(':', '.'),
                attr(a.image().toString()),
                text(a.imageCaption()),
                BODY.render(a, page.related()),
                tags(a))
        + widgets(page.latest())
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
                    <article class="post"><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2><div class="entry-meta">%s %s Wita</div><div class="entry-summary"><p>%s</p></div></article>
                    """
                        .formatted(
                            attr(a.url().toString()),
                            text(a.title()),
                            text(
                                a.published().getDayOfMonth() + " " + Dates.idMonth(a.published())),
                            Dates.hhmm(a.published()).replace(':', '.'),
                            text(a.description())))
            .collect(joining());
    String title =
        page.isHome()
            ? p.name() + " &#8211; " + text(p.tagline())
            : text(page.heading()) + " Archives | " + text(p.name());
    return head(p, "", page.url().toString(), "")
            .replace("<title></title>", "<title>" + title + "</title>")
        + chrome(p)
        + "<div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\n"
        + (page.isHome()
            ? ""
            : "<h1 class=\"page-title\">Kategori: " + text(page.heading()) + "</h1>\n")
        + items
        + "</main></div>\n"
        + widgets(page.popular())
        + footer(p);
  }

  /** A WebPage and Organization graph without dates, as SEO plug-ins often emit. */
  private static String graph(PlannedArticle a) {
    Publisher p = a.publisher();
    return "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"@id\":"
        + json(a.url().toString())
        + ",\"url\":"
        + json(a.url().toString())
        + ",\"name\":"
        + json(a.title() + " | " + p.name())
        + ",\"inLanguage\":\"id-ID\"},"
        + "{\"@type\":\"Organization\",\"name\":"
        + json(p.name())
        + ",\"url\":"
        + json(p.home().toString())
        + "}]}";
  }

  private static String head(Publisher p, String title, String canonical, String extra) {
    return """
    <!DOCTYPE html>
    <html lang="id-ID">
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
    <meta name="generator" content="WordPress 6.8.2">
    <title>%s</title>
    <link rel="canonical" href="%s">
    <link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%s">
    %s</head>
    <body class="wp-singular">
    """
        .formatted(
            text(title), attr(canonical), attr(p.name()), attr(p.feedUrl().toString()), extra);
  }

  private static String chrome(Publisher p) {
    String menu =
        p.sections().entrySet().stream()
            .map(
                e ->
                    "<li class=\"menu-item\"><a href=\""
                        + attr(p.sectionUrl(e.getKey()).toString())
                        + "\">"
                        + text(e.getValue())
                        + "</a></li>")
            .collect(joining());
    return """
    <div id="cookie-notice">Kami menggunakan cookie untuk pengalaman terbaik. <button>Setuju</button></div>
    <div class="ticker"><span>Breaking News</span> Pantau terus informasi terbaru seputar Kalimantan</div>
    <header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">%s</a></p><p class="site-description">%s</p>
    <nav id="site-navigation"><ul id="primary-menu" class="menu">%s</ul></nav></header>
    """
        .formatted(text(p.name()), text(p.tagline()), menu);
  }

  private static String tags(PlannedArticle a) {
    return a.tags().isEmpty()
        ? ""
        : "<footer class=\"entry-footer\"><span class=\"tags-links\">"
            + a.tags().stream()
                .map(
                    t ->
                        "<a href=\"/tag/"
                            + attr(t.replace(' ', '-'))
                            + "/\" rel=\"tag\">"
                            + text(t)
                            + "</a>")
                .collect(joining(", "))
            + "</span></footer>";
  }

  private static String widgets(List<LinkItem> items) {
    return "<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget\">"
        + "<h2 class=\"widget-title\">Terkini</h2><ul>"
        + items.stream()
            .map(
                l ->
                    "<li><a href=\""
                        + attr(l.url().toString())
                        + "\">"
                        + text(l.title())
                        + "</a><span class=\"post-date\">"
                        + l.published().getDayOfMonth()
                        + " "
                        + Dates.idMonth(l.published())
                        + " "
                        + l.published().getYear()
                        + "</span></li>")
            .collect(joining())
        + "</ul></section><section class=\"widget\"><ins class=\"adsbygoogle\"></ins>"
        + "</section></aside>\n";
  }

  private static String footer(Publisher p) {
    return """
    <footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 %s. Proudly powered by WordPress.</div></footer>
    <script src="/wp-includes/js/wp-emoji-release.min.js?ver=6.8.2"></script>
    </body>
    </html>
    """
        .formatted(text(p.name()));
  }
}
