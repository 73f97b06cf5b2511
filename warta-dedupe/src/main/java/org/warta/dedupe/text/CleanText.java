package org.warta.dedupe.text;

import java.util.List;
import java.util.Optional;
import org.warta.core.WireCredit;

/**
 * Article text as dedupe compares it: the content lines left after {@link TextCleaner} removed
 * boilerplate, and the wire credit the removed dateline or closing credit named, if any.
 *
 * @param lines content lines in text order, stripped, never blank
 * @param credit the agency a dateline ("Paris (AP) -") or closing credit ("(AFP/Z-3)") named
 */
public record CleanText(List<String> lines, Optional<WireCredit> credit) {
  public CleanText {
    lines = List.copyOf(lines);
  }
}
