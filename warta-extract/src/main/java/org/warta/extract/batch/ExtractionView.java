package org.warta.extract.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.core.Image;
import org.warta.core.Link;
import org.warta.extract.Extraction;

/**
 * An {@link Extraction} as plain maps and lists, ready for any JSON writer: absent values are left
 * out, times are ISO 8601 with their offset, URLs are strings. What {@code warta extract --format
 * json} prints.
 */
public final class ExtractionView {
  private ExtractionView() {}

  public static Map<String, Object> of(Extraction e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", e.url().toString());
    put(m, "title", e.title());
    put(m, "description", e.description());
    m.put("authors", e.authors());
    put(m, "editor", e.editor());
    e.wireCredit()
        .ifPresent(w -> m.put("wireCredit", Map.of("agency", w.agency(), "printed", w.printed())));
    put(m, "closingCredit", e.closingCredit());
    put(m, "siteName", e.siteName());
    put(m, "section", e.section());
    m.put("tags", e.tags());
    e.canonicalUrl().ifPresent(u -> m.put("canonicalUrl", u.toString()));
    e.published().ifPresent(t -> m.put("published", t.toString()));
    e.modified().ifPresent(t -> m.put("modified", t.toString()));
    m.put("declaredLanguage", e.declaredLanguage().code());
    m.put("language", e.language().code());
    e.leadImage().ifPresent(i -> m.put("leadImage", image(i)));
    m.put("related", links(e.related()));
    m.put("originalHints", e.originalHints().stream().map(Object::toString).toList());
    m.put("bodyText", e.bodyText());
    m.put("bodyHtml", e.bodyHtml());
    m.put("provenance", e.provenance());
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("stage", e.diagnostics().stage());
    d.put("reason", e.diagnostics().reason());
    d.put("charset", e.diagnostics().charset());
    d.put("dropped", e.diagnostics().dropped());
    d.put("warnings", e.diagnostics().warnings());
    m.put("diagnostics", d);
    return m;
  }

  private static Map<String, Object> image(Image i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", i.url().toString());
    put(m, "caption", i.caption());
    put(m, "credit", i.credit());
    put(m, "alt", i.alt());
    return m;
  }

  private static List<Map<String, String>> links(List<Link> links) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Link l : links) {
      out.add(Map.of("url", l.url().toString(), "text", l.text()));
    }
    return out;
  }

  private static void put(Map<String, Object> m, String key, String value) {
    if (!value.isEmpty()) {
      m.put(key, value);
    }
  }
}
