package org.warta.extract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by key: {@code property} (OpenGraph, {@code article:*}), {@code
 * name} (description, author, twitter:*, Dublin Core, parsely-*, sailthru.*), {@code itemprop} and
 * {@code http-equiv}, keys lower-cased, values in page order with entities decoded.
 */
public final class MetaTags {
  private final Map<String, List<String>> values;

  private MetaTags(Map<String, List<String>> values) {
    this.values = values;
  }

  /** Reads every {@code <meta>} with content anywhere in the document (some sit in the body). */
  public static MetaTags of(PageIndex page) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Element meta : page.byTag("meta")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
        String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          map.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
        }
      }
    }
    return new MetaTags(map);
  }

  /** The first value of the first key that has one, with the key found. */
  public Optional<Sourced<String>> first(String... keys) {
    for (String key : keys) {
      List<String> v = values.get(key);
      if (v != null && !v.isEmpty()) {
        return Optional.of(new Sourced<>(v.getFirst(), key));
      }
    }
    return Optional.empty();
  }

  /** All values of a key, in page order; empty when absent. */
  public List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
