package org.warta.extract.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's {@code <script type="application/ld+json">} blocks (and of
 * {@code <meta name="script:ld+json">} tags, where a framework wrote the block as a meta tag), read
 * leniently (comments, trailing commas, raw control characters, CDATA and HTML comment wrappers,
 * several values in one block). Top-level arrays and {@code @graph} members are flattened so that
 * {@link #article()} can pick the object describing the article, and {@link #byId} resolves {@code
 * {"@id": ...}} references.
 */
public final class JsonLd {
  /** schema.org types that describe an article, in order of preference. */
  private static final List<String> ARTICLE_TYPES =
      List.of(
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "liveblogposting",
          "article",
          "blogposting",
          "socialmediaposting",
          "techarticle",
          "scholarlyarticle",
          "report",
          "review",
          "recipe",
          "howto",
          "posting",
          "creativework");

  private static final Set<String> PAGE_TYPES =
      Set.of("webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "qapage");

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength(2_000_000)
                .build());
    MAPPER.getFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
  }

  private static final ObjectReader READER = MAPPER.readerFor(JsonNode.class);

  private static final int MAX_SCRIPT_CHARS = 2_000_000;

  /** A page without JSON-LD. */
  public static final JsonLd EMPTY = new JsonLd(List.of());

  private final List<JsonNode> objects;
  private final Map<String, JsonNode> ids;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
    this.ids = new HashMap<>();
    for (JsonNode o : objects) {
      String id = o.path("@id").asText("");
      if (!id.isEmpty() && o.size() > 1) {
        ids.putIfAbsent(id, o);
      }
    }
  }

  /** Reads every JSON-LD block of the document; unreadable blocks are skipped. */
  public static JsonLd of(PageIndex page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.byTag("script")) {
      if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        continue;
      }
      read(unwrap(script.data()), objects);
    }
    for (Element meta : page.byTag("meta")) {
      // JSON-LD a framework wrote as a meta tag ({"script:ld+json": {...}} in a Remix-style meta
      // export rendered as <meta name="script:ld+json" content="{...}">)
      if (meta.attr("name").strip().equalsIgnoreCase("script:ld+json")) {
        read(meta.attr("content").strip(), objects);
      }
    }
    return new JsonLd(objects);
  }

  private static void read(String json, List<JsonNode> objects) {
    if (json.isEmpty() || json.length() > MAX_SCRIPT_CHARS) {
      return;
    }
    try (MappingIterator<JsonNode> it = READER.readValues(json)) {
      while (it.hasNextValue()) {
        flatten(it.nextValue(), objects, 0);
      }
    } catch (IOException | RuntimeException e) {
      // a broken block is common in the wild; the others still count
    }
  }

  /** Every object found, flattened. */
  public List<JsonNode> objects() {
    return objects;
  }

  /** The object an {@code @id} reference points to, if the page defines it. */
  public Optional<JsonNode> byId(String id) {
    return Optional.ofNullable(ids.get(id));
  }

  /** The object that best describes the article: an article type, else a page with a headline. */
  public Optional<JsonNode> article() {
    for (String type : ARTICLE_TYPES) {
      for (JsonNode o : objects) {
        if (types(o).contains(type)) {
          return Optional.of(o);
        }
      }
    }
    for (JsonNode o : objects) {
      if (o.has("headline")
          || (o.has("datePublished") && !Collections.disjoint(types(o), PAGE_TYPES))) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** The first object of one of the given types (lower case), e.g. the WebPage or Organization. */
  public Optional<JsonNode> firstOfType(Set<String> wanted) {
    for (JsonNode o : objects) {
      if (!Collections.disjoint(types(o), wanted)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** The lower-cased {@code @type} values of an object, without a schema.org prefix. */
  public static Set<String> types(JsonNode o) {
    JsonNode t = o.path("@type");
    Set<String> out = new java.util.HashSet<>();
    if (t.isArray()) {
      t.forEach(x -> out.add(simpleType(x.asText(""))));
    } else if (t.isTextual()) {
      out.add(simpleType(t.asText()));
    }
    return out;
  }

  private static String simpleType(String type) {
    int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return type.substring(slash + 1).strip().toLowerCase(Locale.ROOT);
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (depth > 4 || out.size() > 200) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      if (node.has("@graph")) {
        flatten(node.get("@graph"), out, depth + 1);
      }
      JsonNode main = node.path("mainEntity");
      if (main.isObject() && main.has("@type")) {
        flatten(main, out, depth + 1);
      }
    }
  }

  private static String cut(String s, String prefix, String suffix) {
    String t = s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    t = t.strip();
    if (t.endsWith(suffix)) {
      t = t.substring(0, t.length() - suffix.length());
    }
    t = t.strip();
    return t.endsWith("//") ? t.substring(0, t.length() - 2).strip() : t;
  }

  private static String unwrap(String raw) {
    String s = raw.strip();
    if (s.startsWith("//")) {
      s = s.substring(2).strip();
    }
    s = cut(s, "<![CDATA[", "]]>");
    s = cut(s, "<!--", "-->");
    if (s.endsWith("//")) {
      s = s.substring(0, s.length() - 2).strip();
    }
    while (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }
}
