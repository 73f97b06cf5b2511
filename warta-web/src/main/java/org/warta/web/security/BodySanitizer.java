package org.warta.web.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The last line of defence before article HTML reaches a reader: an allowlist clean (jsoup) of the
 * already-sanitized body, so that nothing but text structure, http(s) links and images can ever be
 * rendered, whatever is in the database.
 */
public final class BodySanitizer {
  private static final Safelist ALLOWED =
      new Safelist()
          .addTags(
              "p",
              "br",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "ul",
              "ol",
              "li",
              "blockquote",
              "figure",
              "figcaption",
              "em",
              "strong",
              "b",
              "i",
              "u",
              "sub",
              "sup",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "caption",
              "cite",
              "q",
              "code",
              "pre",
              "hr")
          .addAttributes("a", "href", "title")
          .addAttributes("img", "src", "alt", "title", "width", "height")
          .addAttributes("th", "colspan", "rowspan", "scope")
          .addAttributes("td", "colspan", "rowspan")
          .addTags("a", "img")
          .addProtocols("a", "href", "http", "https")
          .addProtocols("img", "src", "http", "https")
          .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer ugc");

  /** Written as it is, not re-indented: pretty printing cost more than the cleaning itself. */
  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  private BodySanitizer() {}

  /** The HTML reduced to the allowlist; scripts, styles, handlers and other schemes removed. */
  public static String clean(String html) {
    return Jsoup.clean(html, "", ALLOWED, OUTPUT);
  }
}
