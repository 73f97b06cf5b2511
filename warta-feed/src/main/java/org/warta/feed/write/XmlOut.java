package org.warta.feed.write;

import java.nio.charset.StandardCharsets;
import org.warta.feed.xml.XmlEscape;

/**
 * A minimal streaming XML builder for the feed writers: indented elements, attributes and text,
 * always escaped and stripped of characters XML 1.0 forbids, so the output is well-formed whatever
 * the entries contain.
 */
final class XmlOut {
  private final StringBuilder sb = new StringBuilder(16 * 1024);
  private int depth;

  XmlOut() {
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** Opens an element; {@code attributes} are name/value pairs. */
  XmlOut open(String name, String... attributes) {
    start(name, attributes).append(">\n");
    depth++;
    return this;
  }

  XmlOut close(String name) {
    depth--;
    indent().append("</").append(name).append(">\n");
    return this;
  }

  /** An element with text content (skipped when the text is empty). */
  XmlOut text(String name, String text, String... attributes) {
    if (text.isEmpty()) {
      return this;
    }
    start(name, attributes).append('>');
    XmlEscape.text(text, sb);
    sb.append("</").append(name).append(">\n");
    return this;
  }

  /**
   * An element whose text is HTML (skipped when empty), as a CDATA section: markup-heavy text is
   * copied as it is instead of escaped character by character, and reads back the same. A {@code
   * ]]>} inside is split across two sections; characters XML forbids are dropped.
   */
  XmlOut html(String name, String html, String... attributes) {
    if (html.isEmpty()) {
      return this;
    }
    start(name, attributes).append("><![CDATA[");
    String legal = XmlEscape.legal(html);
    int from = 0;
    for (int end = legal.indexOf("]]>"); end >= 0; end = legal.indexOf("]]>", from)) {
      sb.append(legal, from, end + 2).append("]]><![CDATA[");
      from = end + 2;
    }
    sb.append(legal, from, legal.length()).append("]]></").append(name).append(">\n");
    return this;
  }

  /** An empty element with attributes. */
  XmlOut empty(String name, String... attributes) {
    start(name, attributes).append("/>\n");
    return this;
  }

  byte[] bytes() {
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An indented start tag with its attributes, not yet closed by {@code >} or {@code />}. */
  private StringBuilder start(String name, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    return sb;
  }

  private void attributes(String... pairs) {
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      sb.append(' ').append(pairs[i]).append("=\"");
      XmlEscape.attribute(pairs[i + 1], sb);
      sb.append('"');
    }
  }

  private StringBuilder indent() {
    for (int i = 0; i < depth; i++) {
      sb.append("  ");
    }
    return sb;
  }
}
