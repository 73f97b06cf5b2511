package org.warta.feed.atom;

import java.util.Locale;
import org.warta.feed.PlainText;
import org.warta.feed.xml.XmlElement;
import org.warta.feed.xml.XmlEscape;

/**
 * Atom text constructs (RFC 4287 section 3.1: {@code type="text|html|xhtml"}) and Atom 0.3 content
 * ({@code mode="xml|escaped|base64"}), read as HTML or as plain text.
 */
public final class AtomText {
  private AtomText() {}

  /** The construct as HTML: escaped HTML decoded once, XHTML serialised, plain text escaped. */
  public static String html(XmlElement e) {
    String type = e.attribute("type").strip().toLowerCase(Locale.ROOT);
    String mode = e.attribute("mode").strip().toLowerCase(Locale.ROOT);
    if (type.equals("xhtml") || type.endsWith("xhtml+xml") || mode.equals("xml")) {
      return xhtml(e);
    }
    if (type.equals("html") || type.equals("text/html") || mode.equals("escaped")) {
      return e.textOrMarkup();
    }
    if (e.hasChildren()) {
      return e.innerXml().strip();
    }
    StringBuilder sb = new StringBuilder();
    XmlEscape.text(e.text(), sb);
    return sb.toString();
  }

  /** The construct as one line of plain text. */
  public static String plain(XmlElement e) {
    String type = e.attribute("type").strip().toLowerCase(Locale.ROOT);
    if (type.isEmpty() || type.equals("text") || type.equals("text/plain")) {
      return e.hasChildren() ? PlainText.of(e.innerXml()) : PlainText.of(e.text());
    }
    return PlainText.of(html(e));
  }

  /** XHTML content is wrapped in one {@code div} (section 4.1.3.3), which is not content. */
  private static String xhtml(XmlElement e) {
    if (e.children().size() == 1
        && e.children().getFirst().name().equals("div")
        && e.text().isEmpty()) {
      return e.children().getFirst().innerXml().strip();
    }
    return e.innerXml().strip();
  }
}
