package org.warta.sample.template;

/** Escaping for the text the templates put into HTML and JSON-LD. */
public final class Html {
  private Html() {}

  /** Escapes text for an HTML text node. */
  public static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Escapes text for a double-quoted HTML attribute. */
  public static String attr(String s) {
    return text(s).replace("\"", "&quot;");
  }

  /**
   * A JSON string literal, quotes included. Non-ASCII characters, {@code <} and {@code /} are
   * escaped as PHP's {@code json_encode} does by default, so the literal is safe inside a script
   * element and survives any page charset.
   */
  public static String json(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '/' -> sb.append("\\/");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&') {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
