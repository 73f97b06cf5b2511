package org.warta.sample.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code == id} block of a content file: its header fields in file order and its body
 * paragraphs. {@code origin} names the file and line for error messages.
 */
public record Block(String id, Map<String, String> fields, List<String> paragraphs, String origin) {

  public Block {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    paragraphs = List.copyOf(paragraphs);
  }

  /** The field's value, if the block has it. */
  public Optional<String> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** The field's value; fails with the block's origin when it is missing. */
  public String require(String key) {
    String value = fields.get(key);
    if (value == null) {
      throw new IllegalArgumentException(origin + ": block '" + id + "' lacks field '" + key + "'");
    }
    return value;
  }
}
