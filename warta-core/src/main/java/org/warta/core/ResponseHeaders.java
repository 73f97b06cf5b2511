package org.warta.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP response headers as received: names are case-insensitive (stored lower-case, RFC 9110
 * section 5.1), each name keeps all its values in order.
 */
public record ResponseHeaders(Map<String, List<String>> values) {
  public static final ResponseHeaders NONE = new ResponseHeaders(Map.of());

  public ResponseHeaders {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach(
        (name, list) ->
            copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
                .addAll(list));
    copy.replaceAll((k, v) -> List.copyOf(v));
    values = java.util.Collections.unmodifiableMap(copy);
  }

  /** Headers from alternating name/value strings, for tests and archives. */
  public static ResponseHeaders of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("headers need name/value pairs, got an odd count");
    }
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.computeIfAbsent(
              namesAndValues[i].toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
          .add(namesAndValues[i + 1]);
    }
    return new ResponseHeaders(map);
  }

  /** The first value of a header, if present. */
  public Optional<String> first(String name) {
    List<String> list = values.get(name.toLowerCase(Locale.ROOT));
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.getFirst());
  }

  /** All values of a header, in order received; empty when absent. */
  public List<String> all(String name) {
    return values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }
}
