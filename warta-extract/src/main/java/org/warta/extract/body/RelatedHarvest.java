package org.warta.extract.body;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.warta.core.Language;
import org.warta.core.phrase.BoilerplatePhrases;
import org.warta.core.phrase.PhraseKind;

/**
 * Keeps the links of pruned "read also" boxes ({@code <div class="baca-juga">Baca juga: <a>…}) as
 * related links: a pruned element whose text starts with a related-phrase ("Baca juga", "Read
 * also", ...) gives its links.
 */
final class RelatedHarvest {
  private static final BoilerplatePhrases ALL =
      BoilerplatePhrases.forLanguage(Language.UNDETERMINED);

  private static final Evaluator LINKS = QueryParser.parse("a[href]");

  /** Longest text of a "read also" box. */
  private static final int MAX_CHARS = 600;

  private RelatedHarvest() {}

  /**
   * Whether {@code e.text()} is longer than {@code max}, known from its text nodes' printable ASCII
   * characters alone (text() keeps each of them; it only collapses whitespace and drops invisible
   * characters); false when that count stays at or below {@code max}, whatever the text's length.
   */
  static boolean surelyLongerThan(Element e, int max) {
    int[] kept = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.getWholeText();
              for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > ' ' && c < 0x7F) {
                  kept[0]++;
                }
              }
            }
            return kept[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    return kept[0] > max;
  }

  static void from(List<Element> pruned, BodyNotes notes) {
    for (Element e : pruned) {
      if (surelyLongerThan(e, MAX_CHARS)) {
        continue; // a sidebar or footer: its text is not built only to be found too long
      }
      String text = e.text();
      if (text.length() > MAX_CHARS) {
        continue;
      }
      boolean related = ALL.match(text).map(m -> m.kind() == PhraseKind.RELATED).orElse(false);
      if (!related) {
        continue;
      }
      for (Element a : e.select(LINKS)) {
        new RawLink(InlineRun.absolute(a), a.text().strip()).toLink().ifPresent(notes::addRelated);
      }
    }
  }
}
