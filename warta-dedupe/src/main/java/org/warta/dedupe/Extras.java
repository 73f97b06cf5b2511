package org.warta.dedupe;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.CanonicalUrl;

/**
 * What only a few articles carry and the window therefore keeps aside, by sequence number: the
 * pages they name as their original, and the group id the store had for them (replay). Forgotten
 * with the window.
 */
final class Extras {
  private final Map<Long, List<CanonicalUrl>> hints = new HashMap<>();
  private final Map<Long, Long> priorGroups = new HashMap<>();
  private final Deque<Long> order = new ArrayDeque<>();

  void remember(long seq, List<CanonicalUrl> pageHints, Optional<Long> priorGroup) {
    if (!pageHints.isEmpty()) {
      hints.put(seq, List.copyOf(pageHints));
    }
    priorGroup.ifPresent(g -> priorGroups.put(seq, g));
    if (!pageHints.isEmpty() || priorGroup.isPresent()) {
      order.addLast(seq);
    }
  }

  List<CanonicalUrl> hints(long seq) {
    return hints.getOrDefault(seq, List.of());
  }

  Optional<Long> priorGroup(long seq) {
    return Optional.ofNullable(priorGroups.get(seq));
  }

  void forgetBefore(long oldestSeq) {
    while (!order.isEmpty() && order.peekFirst() < oldestSeq) {
      long seq = order.removeFirst();
      hints.remove(seq);
      priorGroups.remove(seq);
    }
  }

  long bytes() {
    long b = 64L * order.size();
    for (List<CanonicalUrl> l : hints.values()) {
      b += 32 + 120L * l.size();
    }
    return b;
  }
}
