package org.warta.sample.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed content file: the fields before its first block, then its blocks in file order. */
public record BlockFile(String name, Map<String, String> preamble, List<Block> blocks) {

  public BlockFile {
    preamble = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(preamble));
    blocks = List.copyOf(blocks);
  }

  /** A preamble field; fails naming the file when it is missing. */
  public String require(String key) {
    return Optional.ofNullable(preamble.get(key))
        .orElseThrow(() -> new IllegalArgumentException(name + ": missing '" + key + ":' line"));
  }
}
