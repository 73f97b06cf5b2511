package org.warta.extract.body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.Link;
import org.warta.core.phrase.ClosingCredit;

/**
 * What the block rules took out of the body and kept: "read also" links, credit lines (editor,
 * writers, photo credits), the closing credit and how many blocks each rule dropped.
 */
final class BodyNotes {
  final List<Link> related = new ArrayList<>();
  final List<String> authorLines = new ArrayList<>();
  final List<String> editorLines = new ArrayList<>();
  final List<String> photoLines = new ArrayList<>();
  Optional<ClosingCredit> closingCredit = Optional.empty();
  final Map<String, Integer> dropped = new LinkedHashMap<>();

  void drop(String rule) {
    dropped.merge(rule, 1, Integer::sum);
  }

  void addRelated(Link link) {
    if (related.stream().noneMatch(l -> l.url().equals(link.url()))) {
      related.add(link);
    }
  }
}
