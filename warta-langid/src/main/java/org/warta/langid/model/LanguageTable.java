package org.warta.langid.model;

import java.util.List;
import java.util.Map;

/**
 * One language's n-gram tables as the model file stores them: {@code orders.get(k)} maps each
 * n-gram of {@code k + 1} letters to its quantum (conditional log probability divided by {@code
 * -}{@link NgramModel#STEP}).
 */
public record LanguageTable(ModelLanguage language, List<Map<String, Integer>> orders) {
  public LanguageTable {
    orders = orders.stream().map(Map::copyOf).toList();
    if (orders.size() > NgramModel.MAX_ORDER) {
      throw new IllegalArgumentException(
          "at most " + NgramModel.MAX_ORDER + " orders, got " + orders.size());
    }
  }

  /** Number of n-grams over all orders. */
  public int size() {
    return orders.stream().mapToInt(Map::size).sum();
  }
}
