package org.warta.langid.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.core.Language;
import org.warta.langid.model.NgramModel;
import org.warta.langid.text.TextSample;

/**
 * Trains a language's tables from raw text, counting n-grams inside words exactly as the detector
 * reads them ({@link TextSample}). Conditional probabilities use absolute discounting ({@value
 * #DISCOUNT} off each count), so that n-grams seen once in a small corpus are not taken for
 * certainties; the unigram distribution is interpolated with a related, well-sampled language (a
 * share of {@value #BASE_SHARE}) so that letters the small corpus happens to lack are not scored as
 * impossible.
 */
final class CorpusTables {
  static final double DISCOUNT = 0.5;
  static final double BASE_SHARE = 0.1;

  private CorpusTables() {}

  static ConditionalTables train(Language language, List<String> texts, ConditionalTables base) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    for (int k = 0; k < NgramModel.MAX_ORDER; k++) {
      counts.add(new HashMap<>());
    }
    for (String text : texts) {
      for (String paragraph : text.split("\n")) {
        count(TextSample.of(paragraph).words(), counts);
      }
    }
    List<Map<String, Double>> orders = new ArrayList<>();
    orders.add(unigrams(counts.getFirst(), base.orders().getFirst()));
    for (int k = 1; k < NgramModel.MAX_ORDER; k++) {
      orders.add(conditional(counts.get(k)));
    }
    return new ConditionalTables(language, orders);
  }

  private static void count(List<String> words, List<Map<String, Integer>> counts) {
    for (String word : words) {
      int[] cps = word.codePoints().toArray();
      for (int i = 0; i < cps.length; i++) {
        for (int k = 0; k <= Math.min(NgramModel.MAX_ORDER - 1, i); k++) {
          counts.get(k).merge(new String(cps, i - k, k + 1), 1, Integer::sum);
        }
      }
    }
  }

  private static Map<String, Double> unigrams(Map<String, Integer> own, Map<String, Double> base) {
    double total = own.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Double> p = new HashMap<>();
    own.forEach((g, c) -> p.put(g, (1 - BASE_SHARE) * c / total));
    base.forEach((g, logP) -> p.merge(g, BASE_SHARE * Math.exp(logP), Double::sum));
    p.replaceAll((g, prob) -> Math.log(prob));
    return p;
  }

  private static Map<String, Double> conditional(Map<String, Integer> counts) {
    Map<String, Integer> prefixTotals = new HashMap<>();
    counts.forEach((g, c) -> prefixTotals.merge(prefix(g), c, Integer::sum));
    Map<String, Double> p = new HashMap<>();
    counts.forEach((g, c) -> p.put(g, Math.log((c - DISCOUNT) / prefixTotals.get(prefix(g)))));
    return p;
  }

  private static String prefix(String g) {
    return g.substring(0, g.offsetByCodePoints(g.length(), -1));
  }
}
