package org.warta.extract.body;

import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Renders kept blocks as sanitized HTML and as plain text. List items and table rows are wrapped
 * back into their list or table; captions are kept only inside their figure; headings become h2-h6
 * (an {@code <h1>} in the body becomes {@code <h2>}: the page's h1 is the title).
 */
final class BodyWriter {
  private BodyWriter() {}

  static String text(List<Block> blocks) {
    int size = 0;
    for (Block b : blocks) {
      size += b.text().length() + 2;
    }
    StringBuilder sb = new StringBuilder(size);
    for (Block b : blocks) {
      if (!b.isText() || b.text().isBlank()) {
        continue;
      }
      if (!sb.isEmpty()) {
        sb.append("\n\n");
      }
      sb.append(b.text());
    }
    return sb.toString();
  }

  static String html(List<Block> blocks) {
    int size = 0;
    for (Block b : blocks) {
      size += b.html().length() + 32; // the tags around it
    }
    StringBuilder sb = new StringBuilder(size);
    int openGroup = 0;
    String openTag = "";
    for (Block b : blocks) {
      boolean grouped =
          b.kind() == Block.Kind.LIST_ITEM
              || b.kind() == Block.Kind.TABLE_ROW
              || b.kind() == Block.Kind.QUOTE;
      if (openGroup != 0 && (!grouped || b.group() != openGroup)) {
        sb.append("</").append(openTag).append(">\n");
        openGroup = 0;
      }
      if (grouped && openGroup == 0 && b.group() != 0) {
        openTag = groupTag(b);
        sb.append('<').append(openTag).append('>');
        openGroup = b.group();
      }
      element(sb, b);
    }
    if (openGroup != 0) {
      sb.append("</").append(openTag).append(">\n");
    }
    return stripped(sb);
  }

  /** {@code sb.toString().strip()} with one copy instead of two. */
  private static String stripped(StringBuilder sb) {
    int start = 0;
    int end = sb.length();
    while (start < end && Character.isWhitespace(sb.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(sb.charAt(end - 1))) {
      end--;
    }
    return sb.substring(start, end);
  }

  private static String groupTag(Block b) {
    return switch (b.kind()) {
      case TABLE_ROW -> "table";
      case QUOTE -> "blockquote";
      default -> b.groupTag().equals("ol") ? "ol" : "ul";
    };
  }

  private static void element(StringBuilder sb, Block b) {
    switch (b.kind()) {
      case PARAGRAPH -> sb.append("<p>").append(b.html()).append("</p>\n");
      case QUOTE ->
          sb.append(b.group() == 0 ? "<blockquote><p>" : "<p>")
              .append(b.html())
              .append(b.group() == 0 ? "</p></blockquote>\n" : "</p>");
      case HEADING -> {
        String tag = b.groupTag().equals("h1") || b.groupTag().isEmpty() ? "h2" : b.groupTag();
        sb.append('<')
            .append(tag)
            .append('>')
            .append(b.html())
            .append("</")
            .append(tag)
            .append(">\n");
      }
      case LIST_ITEM ->
          sb.append(b.group() == 0 ? "<ul><li>" : "<li>")
              .append(b.html())
              .append(b.group() == 0 ? "</li></ul>\n" : "</li>");
      case TABLE_ROW -> sb.append("<tr>").append(b.html()).append("</tr>");
      case PRE -> sb.append("<pre>").append(b.html()).append("</pre>\n");
      case FIGURE -> {
        sb.append("<figure><img src=\"")
            .append(Entities.escape(b.imageUrl()))
            .append("\" alt=\"")
            .append(b.html())
            .append("\">");
        if (!b.text().isBlank()) {
          sb.append("<figcaption>").append(Entities.escape(b.text())).append("</figcaption>");
        }
        sb.append("</figure>\n");
      }
      case CAPTION -> {}
    }
  }
}
