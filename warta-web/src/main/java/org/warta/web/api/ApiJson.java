package org.warta.web.api;

import java.util.List;
import java.util.Map;
import org.warta.core.Article;
import org.warta.core.Source;
import org.warta.core.StoredArticle;
import org.warta.core.Story;
import org.warta.store.ArticleSummary;

/**
 * The JSON shapes of API v1. They are written out field by field so that the public API stays
 * stable when the internal records change.
 */
final class ApiJson {
  private ApiJson() {}

  static Map<String, Object> articleSummary(StoredArticle s) {
    return articleSummary(ArticleSummary.of(s));
  }

  /** The list shape of an article read as a summary: the same fields as {@link #articleSummary}. */
  static Map<String, Object> articleSummary(ArticleSummary a) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", a.id().value());
    m.put("title", a.title());
    m.put("url", a.url().toString());
    m.put("canonical_url", a.canonicalUrl().toString());
    m.put("source_id", a.source().value());
    m.put("site_name", a.siteName());
    m.put("language", a.language().code());
    m.put("published", a.published().map(Object::toString).orElse(null));
    m.put("seen", a.seen().toString());
    m.put("description", a.description());
    m.put("image", a.leadImage().map(i -> i.url().toString()).orElse(null));
    m.put("story_id", a.story().map(x -> x.value()).orElse(null));
    m.put("duplicate_group", a.duplicateGroup().orElse(null));
    return m;
  }

  static Map<String, Object> article(StoredArticle s, boolean fullText) {
    Article a = s.article();
    Map<String, Object> m = articleSummary(s);
    m.put("authors", a.authors());
    m.put("editor", a.editor());
    m.put(
        "wire_credit",
        a.wireCredit().map(w -> Map.of("agency", w.agency(), "printed", w.printed())).orElse(null));
    m.put("section", a.section());
    m.put("tags", a.tags());
    m.put("modified", a.modified().map(Object::toString).orElse(null));
    m.put(
        "lead_image",
        a.leadImage()
            .map(
                i ->
                    Map.of(
                        "url", i.url().toString(),
                        "caption", i.caption(),
                        "credit", i.credit(),
                        "alt", i.alt()))
            .orElse(null));
    m.put("full_text", fullText);
    m.put("body_html", fullText ? a.bodyHtml() : null);
    m.put("body_text", fullText ? a.bodyText() : null);
    m.put(
        "related",
        a.related().stream()
            .map(l -> Map.of("url", l.url().toString(), "text", l.text()))
            .toList());
    return m;
  }

  static Map<String, Object> source(Source s) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", s.id().value());
    m.put("name", s.name());
    m.put("url", s.url().toString());
    m.put("home_url", s.homeUrl().toString());
    m.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("language", s.language().code());
    m.put("display", s.display().name().toLowerCase(java.util.Locale.ROOT));
    m.put("paused", s.paused());
    return m;
  }

  static Map<String, Object> story(Story s) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", s.id().value());
    m.put("title", s.title());
    m.put("lead_article_id", s.lead().value());
    m.put("first_seen", s.firstSeen().toString());
    m.put("last_seen", s.lastSeen().toString());
    m.put("article_count", s.articleCount());
    m.put("source_count", s.sourceCount());
    m.put("languages", s.languages().stream().map(l -> l.code()).sorted().toList());
    m.put("trend", s.trend());
    return m;
  }

  static Map<String, Object> list(List<?> items, java.util.Optional<String> next) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("items", items);
    m.put("next", next.orElse(null));
    return m;
  }

  static Map<String, Object> original(org.warta.web.view.OriginalCredit o) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("name", o.name());
    m.put("article_id", o.article().orElse(null));
    m.put("url", o.url().map(Object::toString).orElse(null));
    m.put("reason", o.reason().toLowerCase(java.util.Locale.ROOT));
    return m;
  }

  static Map<String, Object> status(org.warta.core.SourceStatus status) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("last_fetch", status.lastFetch().map(Object::toString).orElse(null));
    m.put("next_fetch", status.nextFetch().map(Object::toString).orElse(null));
    m.put("last_error", status.lastError());
    m.put("consecutive_failures", status.consecutiveFailures());
    m.put("article_count", status.articleCount());
    return m;
  }
}
