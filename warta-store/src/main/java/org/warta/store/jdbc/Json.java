package org.warta.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.Image;
import org.warta.core.Link;

/** The JSON text encodings of list and map columns. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, String>>> MAPS = new TypeReference<>() {};

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  static List<String> strings(String json) {
    if (json.equals("[]")) {
      return List.of(); // most lists are empty: no parser for them
    }
    return List.copyOf(read(json, STRINGS));
  }

  static Map<String, String> stringMap(String json) {
    if (json.equals("{}")) {
      return Map.of();
    }
    return Map.copyOf(read(json, STRING_MAP));
  }

  static String links(List<Link> links) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Link l : links) {
      out.add(Map.of("url", l.url().toString(), "text", l.text()));
    }
    return write(out);
  }

  static List<Link> links(String json) {
    if (json.equals("[]")) {
      return List.of();
    }
    List<Link> out = new ArrayList<>();
    for (Map<String, String> m : read(json, MAPS)) {
      out.add(new Link(URI.create(m.getOrDefault("url", "")), m.getOrDefault("text", "")));
    }
    return out;
  }

  static List<String> uris(List<URI> uris) {
    return uris.stream().map(URI::toString).toList();
  }

  static Optional<String> image(Optional<Image> image) {
    return image.map(
        i ->
            write(
                Map.of(
                    "url", i.url().toString(),
                    "caption", i.caption(),
                    "credit", i.credit(),
                    "alt", i.alt())));
  }

  static Optional<Image> image(String json) {
    Map<String, String> m = read(json, STRING_MAP);
    return Optional.of(
        new Image(
            URI.create(m.getOrDefault("url", "")),
            m.getOrDefault("caption", ""),
            m.getOrDefault("credit", ""),
            m.getOrDefault("alt", "")));
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt JSON column: " + e.getOriginalMessage(), e);
    }
  }
}
