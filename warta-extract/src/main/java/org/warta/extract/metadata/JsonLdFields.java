package org.warta.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * Reads schema.org property values the many ways pages write them: a string, an object with
 * {@code name}/{@code url}/{@code @value}, an {@code @id} reference, or an array of those. Strings
 * are HTML-entity decoded and stripped.
 */
final class JsonLdFields {
  private JsonLdFields() {}

  /** The first text value of a property. */
  static Optional<String> text(JsonNode o, String property) {
    return texts(o, property, JsonLd.EMPTY).stream().findFirst();
  }

  /** Every text value of a property; objects give their name (resolving {@code @id} references). */
  static List<String> texts(JsonNode o, String property, JsonLd ld) {
    List<String> out = new ArrayList<>();
    collect(o.path(property), ld, out, 0);
    return out;
  }

  private static void collect(JsonNode v, JsonLd ld, List<String> out, int depth) {
    if (depth > 3 || out.size() > 20) {
      return;
    }
    if (v.isArray()) {
      v.forEach(x -> collect(x, ld, out, depth + 1));
    } else if (v.isTextual() || v.isNumber()) {
      add(out, v.asText());
    } else if (v.isObject()) {
      JsonNode target = v;
      if (v.size() == 1 && v.has("@id")) {
        target = ld.byId(v.get("@id").asText("")).orElse(v);
      }
      for (String key : List.of("name", "@value", "headline", "text")) {
        if (target.path(key).isTextual()) {
          add(out, target.get(key).asText());
          return;
        }
      }
      if (target.path("name").isArray()) {
        collect(target.get("name"), ld, out, depth + 1);
      }
    }
  }

  /** The first URL of an image-like property: a string, {@code {url}}, {@code {contentUrl}}. */
  static Optional<String> url(JsonNode o, String property) {
    JsonNode v = o.path(property);
    if (v.isArray() && !v.isEmpty()) {
      v = v.get(0);
    }
    if (v.isTextual()) {
      return nonEmpty(v.asText());
    }
    for (String key : List.of("url", "contentUrl", "@id")) {
      if (v.path(key).isTextual()) {
        return nonEmpty(v.get(key).asText());
      }
    }
    return Optional.empty();
  }

  private static void add(List<String> out, String raw) {
    String s = Parser.unescapeEntities(raw, false).strip();
    if (!s.isEmpty() && !out.contains(s)) {
      out.add(s);
    }
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
