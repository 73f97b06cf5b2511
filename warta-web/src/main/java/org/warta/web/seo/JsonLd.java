package org.warta.web.seo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.core.Article;
import org.warta.web.view.ArticleView;

/**
 * schema.org {@code NewsArticle} descriptions of article pages (Google's structured data for
 * articles), as the text of a {@code <script type="application/ld+json">} block. That block is
 * data, not script: browsers never execute it, so the Content-Security-Policy without inline script
 * stays strict. Every {@code <}, {@code >} and {@code &} is written as a JSON escape, so no text of
 * an article can close the element.
 */
public final class JsonLd {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_HEADLINE = 110;

  private JsonLd() {}

  /** The description of an article page at {@code pageUrl}. */
  public static String newsArticle(ArticleView view, URI pageUrl, URI siteUrl, String siteName) {
    Article a = view.stored().article();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@context", "https://schema.org");
    m.put("@type", "NewsArticle");
    m.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", pageUrl.toString()));
    m.put("url", pageUrl.toString());
    m.put("headline", headline(a.title()));
    if (!view.description().isBlank()) {
      m.put("description", view.description());
    }
    a.published().ifPresent(p -> m.put("datePublished", p.toString()));
    a.modified().or(a::published).ifPresent(p -> m.put("dateModified", p.toString()));
    if (a.language().isDetermined()) {
      m.put("inLanguage", a.language().code());
    }
    a.leadImage().ifPresent(i -> m.put("image", List.of(i.url().toString())));
    if (!a.authors().isEmpty()) {
      m.put("author", a.authors().stream().map(n -> Map.of("@type", "Person", "name", n)).toList());
    }
    if (!a.section().isBlank()) {
      m.put("articleSection", a.section());
    }
    if (!a.tags().isEmpty()) {
      m.put("keywords", String.join(", ", a.tags()));
    }
    m.put(
        "publisher",
        Map.of(
            "@type",
            "Organization",
            "name",
            view.publisher(),
            "url",
            view.source().homeUrl().toString()));
    m.put("isBasedOn", view.original().flatMap(o -> o.url()).orElse(a.url()).toString());
    m.put("isAccessibleForFree", true);
    m.put("provider", Map.of("@type", "Organization", "name", siteName, "url", siteUrl.toString()));
    return scriptData(m);
  }

  /** JSON for a data block: {@code < > &} and the line separators escaped. */
  public static String scriptData(Object value) {
    try {
      return MAPPER
          .writeValueAsString(value)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026")
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON-LD", e);
    }
  }

  private static String headline(String title) {
    return title.length() <= MAX_HEADLINE ? title : title.substring(0, MAX_HEADLINE - 1) + "…";
  }
}
