package org.warta.extract.body;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
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

  private RelatedHarvest() {}

  static void from(List<Element> pruned, BodyNotes notes) {
    for (Element e : pruned) {
      String text = e.text();
      if (text.length() > 600) {
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
