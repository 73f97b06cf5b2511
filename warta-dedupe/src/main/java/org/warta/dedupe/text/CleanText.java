package org.warta.dedupe.text;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.warta.core.WireCredit;

/**
 * Article text as dedupe compares it: the content lines left after {@link TextCleaner} removed
 * boilerplate, the wire credit the removed dateline or closing credit named, if any, and the
 * original pages named by removed republication notices.
 *
 * @param lines content lines in text order, stripped, never blank
 * @param credit the agency a dateline ("Paris (AP) -") or closing credit ("(AFP/Z-3)") named
 * @param sources pages that removed republication notices name as the original ({@link
 *     SyndicationLines}), in text order
 */
public record CleanText(List<String> lines, Optional<WireCredit> credit, List<URI> sources) {
  public CleanText {
    lines = List.copyOf(lines);
    sources = List.copyOf(sources);
  }
}
