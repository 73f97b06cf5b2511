package org.warta.extract.body;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Tells data tables (rows of short cells: results, prices, schedules) from layout tables (old pages
 * that lay the whole article out in cells): a table with {@code role=presentation}, a nested table,
 * a cell of more than 400 characters or a cell holding paragraphs or divs is layout.
 */
final class Tables {
  private Tables() {}

  static boolean isDataTable(Element table, TextStats stats) {
    if (table.attr("role").equalsIgnoreCase("presentation")) {
      return false;
    }
    for (Element e : table.getAllElements()) {
      if (e == table) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("table") || LAYOUT_INSIDE.contains(tag)) {
        return false;
      }
      if ((tag.equals("td") || tag.equals("th")) && stats.of(e).chars > 400) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> LAYOUT_INSIDE =
      java.util.Set.of("p", "div", "ul", "ol", "blockquote", "h2", "h3");

  /** The table a row belongs to. */
  static @Nullable Element owner(Element row) {
    for (Element p = row.parent(); p != null; p = p.parent()) {
      if (p.nameIs("table")) {
        return p;
      }
    }
    return null;
  }
}
