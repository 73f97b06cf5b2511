package org.warta.sample.template;

import java.util.List;
import java.util.function.Function;
import org.warta.sample.plan.PlannedArticle;

/**
 * Lays out an article body the way portals do: the dateline opening the first paragraph, related
 * links inserted between paragraphs, and the closing credit glued to the last paragraph or set on a
 * line of its own. Each template supplies the markup of the pieces.
 *
 * @param paragraph wraps one paragraph's escaped HTML
 * @param dateline renders the escaped dateline that opens the first paragraph
 * @param insert renders one related-link insert
 * @param credit renders the escaped closing credit ("AFP/Z-3")
 * @param glueCredit whether the credit ends the last paragraph or stands alone after it
 */
record Body(
    Function<String, String> paragraph,
    Function<String, String> dateline,
    Function<LinkItem, String> insert,
    Function<String, String> credit,
    boolean glueCredit) {

  /** The body HTML of an article with the given inline related links. */
  String render(PlannedArticle a, List<LinkItem> related) {
    List<String> paras = a.paragraphs();
    List<Integer> after = insertPositions(paras.size(), related.size());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < paras.size(); i++) {
      String html = Html.text(paras.get(i));
      if (i == 0 && !a.dateline().isEmpty()) {
        html = dateline.apply(Html.text(a.dateline())) + html;
      }
      boolean last = i == paras.size() - 1;
      if (last && glueCredit && !a.credit().isEmpty()) {
        html = html + " " + credit.apply(Html.text(a.credit()));
      }
      sb.append(paragraph.apply(html)).append('\n');
      int k = after.indexOf(i);
      if (k >= 0) {
        sb.append(insert.apply(related.get(k))).append('\n');
      }
    }
    if (!glueCredit && !a.credit().isEmpty()) {
      sb.append(paragraph.apply(credit.apply(Html.text(a.credit())))).append('\n');
    }
    return sb.toString();
  }

  /** After which paragraphs (0-based) the inserts go: the 2nd, 5th, 8th..., never the last. */
  static List<Integer> insertPositions(int paragraphs, int inserts) {
    java.util.ArrayList<Integer> at = new java.util.ArrayList<>();
    for (int i = 0; i < inserts; i++) {
      int p = 1 + 3 * i;
      if (p >= paragraphs - 1) {
        break;
      }
      at.add(p);
    }
    return at;
  }
}
