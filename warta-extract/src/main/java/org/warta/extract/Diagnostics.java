package org.warta.extract;

import java.util.List;
import java.util.Map;

/**
 * How an extraction went, for debugging and for the UI: which stage of the body cascade won and
 * why, how the charset was chosen, how many blocks each cleaning rule dropped, and warnings
 * (truncated input, not HTML, an internal failure that produced an empty result).
 *
 * @param stage the winning body stage ({@code markup}, {@code scored}, {@code paragraphs}, or
 *     {@code none})
 * @param reason why it won
 * @param charset the charset used and how it was chosen, e.g. {@code UTF-8 (meta)}
 * @param dropped rule name to number of blocks it removed from the body
 * @param warnings anything unusual about the input
 */
public record Diagnostics(
    String stage,
    String reason,
    String charset,
    Map<String, Integer> dropped,
    List<String> warnings) {

  public Diagnostics {
    dropped = Map.copyOf(dropped);
    warnings = List.copyOf(warnings);
  }

  static Diagnostics failed(String charset, String warning) {
    return new Diagnostics("none", warning, charset, Map.of(), List.of(warning));
  }
}
