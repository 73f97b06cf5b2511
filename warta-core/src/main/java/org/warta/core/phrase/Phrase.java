package org.warta.core.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a boilerplate list: its kind, language and pattern. A pattern is literal text
 * matched without regard to case, where {@code …} (or {@code ...}) stands for any text; it is
 * compiled once into its literal parts. For kinds with a value ({@link PhraseKind#hasRemainder()})
 * a pattern ending in {@code :} requires a separator after the phrase ("Read more: X" but not "Read
 * more about X"), or nothing at all after it.
 *
 * @param kind what a matching line is
 * @param language the list it came from ({@code id}, {@code en}, ...)
 * @param pattern the entry as written in the resource file
 */
public record Phrase(PhraseKind kind, String language, String pattern) {

  /** The literal parts of the pattern, lower-cased, between the {@code …} gaps. */
  List<String> parts() {
    String p = pattern.replace("...", "…");
    if (needsSeparator()) {
      p = p.substring(0, p.length() - 1);
    }
    List<String> parts = new ArrayList<>();
    for (String part : p.split("…", -1)) {
      parts.add(LineText.normalize(part));
    }
    return parts;
  }

  /** Whether a value must follow a separator (the pattern ends with {@code :}). */
  boolean needsSeparator() {
    return kind.hasRemainder() && (pattern.endsWith(":") || pattern.endsWith("："));
  }

  static Phrase parse(String language, String line) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw new IllegalArgumentException(
          "boilerplate-" + language + ".tsv: expected 'kind<TAB>pattern', got '" + line + "'");
    }
    String kind = line.substring(0, tab).strip().toUpperCase(Locale.ROOT);
    String pattern = line.substring(tab + 1).strip();
    try {
      return new Phrase(PhraseKind.valueOf(kind), language, pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "boilerplate-" + language + ".tsv: unknown kind '" + kind + "' in '" + line + "'", e);
    }
  }
}
