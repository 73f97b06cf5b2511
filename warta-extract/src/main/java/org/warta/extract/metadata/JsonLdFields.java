package org.warta.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * Reads schema.org property values the many ways pages write them: a string, an object with {@code
 * name}/{@code url}/{@code @value}, an {@code @id} reference, or an array of those. Strings are
 * HTML-entity decoded and stripped.
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

  /**
   * The names of a property's values split into people and organizations by their {@code @type}
   * (untyped strings count as people): index 0 people, index 1 organizations.
   */
  static List<List<String>> peopleAndOrganizations(JsonNode o, String property, JsonLd ld) {
    List<String> people = new ArrayList<>();
    List<String> orgs = new ArrayList<>();
    JsonNode v = o.path(property);
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(items::add);
    } else if (!v.isMissingNode() && !v.isNull()) {
      items.add(v);
    }
    for (JsonNode item : items.size() > 20 ? items.subList(0, 20) : items) {
      JsonNode target = item;
      if (item.isObject() && item.size() == 1 && item.has("@id")) {
        target = ld.byId(item.get("@id").asText("")).orElse(item);
      }
      boolean org = !Collections.disjoint(JsonLd.types(target), ORGANIZATIONS);
      List<String> names = new ArrayList<>();
      collect(target, ld, names, 1);
      (org ? orgs : people).addAll(names);
    }
    return List.of(people, orgs);
  }

  private static final java.util.Set<String> ORGANIZATIONS =
      java.util.Set.of(
          "organization",
          "newsmediaorganization",
          "corporation",
          "localbusiness",
          "brand",
          "website",
          "educationalorganization",
          "governmentorganization");

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
