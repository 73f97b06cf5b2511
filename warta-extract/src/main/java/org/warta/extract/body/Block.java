package org.warta.extract.body;

import java.util.List;

/**
 * One unit of the body as a reader sees it: a paragraph, heading, list item, quote, table row,
 * preformatted text, caption or figure. {@code html} is already sanitized inline markup (the
 * content, without the block's own tag); {@code group} ties list items and table rows to their list
 * or table so the writer can re-wrap them.
 *
 * @param chars visible characters (whitespace not counted)
 * @param linkChars visible characters inside links
 * @param boilerplateHint the block sits inside an element whose class/id says boilerplate
 */
record Block(
    Kind kind,
    String text,
    String html,
    int chars,
    int linkChars,
    List<RawLink> links,
    int group,
    String groupTag,
    boolean boilerplateHint,
    String imageUrl) {

  /** What a block is. */
  enum Kind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE,
    TABLE_ROW,
    PRE,
    CAPTION,
    FIGURE
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  boolean isText() {
    return kind != Kind.CAPTION && kind != Kind.FIGURE;
  }

  Block withText(String newText, String newHtml) {
    int c = 0;
    for (int i = 0; i < newText.length(); i++) {
      if (!Character.isWhitespace(newText.charAt(i))) {
        c++;
      }
    }
    return new Block(
        kind,
        newText,
        newHtml,
        c,
        Math.min(linkChars, c),
        links,
        group,
        groupTag,
        boilerplateHint,
        imageUrl);
  }
}
