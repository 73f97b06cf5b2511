package org.warta.sample.template;

import static org.warta.sample.template.Html.attr;
import static org.warta.sample.template.Html.json;

import java.time.OffsetDateTime;
import java.util.function.Function;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/** The metadata blocks of an article head: OpenGraph tags and JSON-LD in several shapes. */
final class Meta {
  private Meta() {}

  /** Full OpenGraph and article tags plus a Twitter card. */
  static String openGraph(PlannedArticle a) {
    return """
    <meta property="og:type" content="article">
    <meta property="og:site_name" content="%s">
    <meta property="og:title" content="%s">
    <meta property="og:description" content="%s">
    <meta property="og:url" content="%s">
    <meta property="og:image" content="%s">
    <meta property="og:locale" content="%s">
    <meta property="article:published_time" content="%s">
    <meta property="article:modified_time" content="%s">
    <meta property="article:section" content="%s">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="%s">
    """
        .formatted(
            attr(a.publisher().name()),
            attr(a.title()),
            attr(a.description()),
            attr(a.canonical().toString()),
            attr(a.image().toString()),
            a.publisher().language().code().equals("id") ? "id_ID" : "en_US",
            Dates.iso(a.published()),
            Dates.iso(a.modified()),
            attr(a.publisher().sectionName(a.section())),
            attr(a.title()));
  }

  /** Title, image and URL only, as many small sites have. */
  static String openGraphPartial(PlannedArticle a) {
    return """
    <meta property="og:title" content="%s">
    <meta property="og:image" content="%s">
    <meta property="og:url" content="%s">
    """
        .formatted(attr(a.title()), attr(a.image().toString()), attr(a.url().toString()));
  }

  /** A NewsArticle object; {@code time} formats its dates (page offset or UTC). */
  static String newsArticle(PlannedArticle a, Function<OffsetDateTime, String> time) {
    Publisher p = a.publisher();
    String author =
        a.author().isEmpty()
            ? "{\"@type\":\"Organization\",\"name\":" + json(p.name()) + "}"
            : "{\"@type\":\"Person\",\"name\":" + json(a.author()) + "}";
    return "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":"
        + json(a.url().toString())
        + "},"
        + "\"headline\":"
        + json(a.title())
        + ","
        + "\"description\":"
        + json(a.description())
        + ","
        + "\"image\":["
        + json(a.image().toString())
        + "],"
        + "\"datePublished\":"
        + json(time.apply(a.published()))
        + ","
        + "\"dateModified\":"
        + json(time.apply(a.modified()))
        + ","
        + "\"inLanguage\":"
        + json(p.language().code())
        + ","
        + "\"articleSection\":"
        + json(p.sectionName(a.section()))
        + ","
        + "\"author\":"
        + author
        + ","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":"
        + json(p.name())
        + ","
        + "\"logo\":{\"@type\":\"ImageObject\",\"url\":"
        + json(p.home().resolve("/logo.svg").toString())
        + "}}}";
  }

  /** A script element holding JSON-LD. */
  static String script(String jsonLd) {
    return "<script type=\"application/ld+json\">" + jsonLd + "</script>\n";
  }
}
