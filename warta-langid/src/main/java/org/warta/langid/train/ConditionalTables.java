package org.warta.langid.train;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.core.Language;
import org.warta.langid.model.LanguageTable;
import org.warta.langid.model.ModelLanguage;
import org.warta.langid.model.NgramModel;

/**
 * A language's n-gram tables before pruning: {@code orders.get(k)} maps each n-gram of {@code k+1}
 * letters to the natural log of the probability of its last letter given the letters before it (for
 * unigrams: the letter's relative frequency).
 */
record ConditionalTables(Language language, List<Map<String, Double>> orders) {
  ConditionalTables {
    orders = List.copyOf(orders);
  }

  /**
   * The mixture {@code (1 - share) * this + share * other}, order by order: how a language's
   * large-corpus tables take in the module's own text of the same language.
   */
  ConditionalTables mix(ConditionalTables other, double share) {
    List<Map<String, Double>> mixed = new ArrayList<>();
    for (int k = 0; k < Math.max(orders.size(), other.orders.size()); k++) {
      Map<String, Double> m = new HashMap<>();
      if (k < orders.size()) {
        orders.get(k).forEach((g, logP) -> m.merge(g, (1 - share) * Math.exp(logP), Double::sum));
      }
      if (k < other.orders.size()) {
        other.orders.get(k).forEach((g, logP) -> m.merge(g, share * Math.exp(logP), Double::sum));
      }
      m.replaceAll((g, p) -> Math.log(p));
      mixed.add(m);
    }
    return new ConditionalTables(language, mixed);
  }

  /** The script with the most unigram probability mass (kana counted as Han). */
  UnicodeScript script() {
    Map<UnicodeScript, Double> mass = new HashMap<>();
    orders
        .getFirst()
        .forEach(
            (letter, logP) -> {
              UnicodeScript s = UnicodeScript.of(letter.codePointAt(0));
              if (s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA) {
                s = UnicodeScript.HAN;
              }
              mass.merge(s, Math.exp(logP), Double::sum);
            });
    return mass.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElseThrow(() -> new IllegalStateException(language + " has no unigrams"));
  }

  /**
   * Keeps, per order, the {@code caps[k]} n-grams with the highest joint probability (the chain
   * product over their prefixes; 0 = keep all) and quantises the conditional log probabilities.
   */
  LanguageTable prune(int[] caps) {
    List<Map<String, Integer>> kept = new ArrayList<>();
    Map<String, Double> previousJoint = Map.of();
    for (int k = 0; k < orders.size(); k++) {
      Map<String, Double> joint = new HashMap<>();
      for (Map.Entry<String, Double> e : orders.get(k).entrySet()) {
        String g = e.getKey();
        Double prefix = k == 0 ? Double.valueOf(0) : previousJoint.get(prefixOf(g));
        if (prefix != null) {
          joint.put(g, prefix + e.getValue());
        }
      }
      final int order = k;
      int cap = k < caps.length && caps[k] > 0 ? caps[k] : Integer.MAX_VALUE;
      Map<String, Integer> table = new LinkedHashMap<>();
      joint.entrySet().stream()
          .sorted(
              Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(cap)
          .forEach(e -> table.put(e.getKey(), quantum(e.getKey(), order)));
      kept.add(table);
      previousJoint = joint;
    }
    return new LanguageTable(new ModelLanguage(language, script()), kept);
  }

  private int quantum(String ngram, int k) {
    double logP = orders.get(k).get(ngram);
    return (int) Math.min(NgramModel.MAX_QUANTUM, Math.round(-logP / NgramModel.STEP));
  }

  private static String prefixOf(String g) {
    return g.substring(0, g.offsetByCodePoints(g.length(), -1));
  }
}
