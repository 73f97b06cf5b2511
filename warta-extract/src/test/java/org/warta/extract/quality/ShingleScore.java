package org.warta.extract.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body and metadata metrics of {@code shared/tools/extract-eval/score.py}, computed the same
 * way: text split into {@code \w+} tokens (letters, numbers, underscore), overlapping 4-token
 * shingles (a shorter text is one shingle), per-document precision and recall of the shingle
 * multisets, averaged (documents with an empty prediction left out of the precision mean), and F1
 * of the two means; title and author as mean bag-of-words F1 (lower-cased); date as exact {@code
 * YYYY-MM-DD} matches.
 */
final class ShingleScore {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  static final int N = 4;

  private final List<Double> precisions = new ArrayList<>();
  private final List<Double> recalls = new ArrayList<>();

  /** Adds one document's body. */
  void add(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(tokens(truth, false));
    Map<List<String>, Integer> p = shingles(tokens(predicted, false));
    int tp = 0;
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      tp += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    }
    int fp = total(p) - tp;
    int fn = total(t) - tp;
    if (fp == 0 && fn == 0) {
      precisions.add(1.0);
      recalls.add(1.0);
      return;
    }
    if (tp + fp > 0) {
      precisions.add((double) tp / (tp + fp));
    }
    if (tp + fn > 0) {
      recalls.add((double) tp / (tp + fn));
    }
  }

  double precision() {
    return mean(precisions);
  }

  double recall() {
    return mean(recalls);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Bag-of-words F1 of two strings, lower-cased, as score.py's {@code bow_f1}. */
  static double bagOfWordsF1(String truth, String predicted) {
    Map<String, Integer> a = counts(tokens(truth, true));
    Map<String, Integer> b = counts(tokens(predicted, true));
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int overlap = 0;
    for (Map.Entry<String, Integer> e : b.entrySet()) {
      overlap += Math.min(e.getValue(), a.getOrDefault(e.getKey(), 0));
    }
    if (overlap == 0) {
      return 0;
    }
    double p = (double) overlap / total(b);
    double r = (double) overlap / total(a);
    return 2 * p * r / (p + r);
  }

  /** Whether two strings hold the same first {@code YYYY-MM-DD}. */
  static boolean sameDate(String truth, String predicted) {
    Matcher t = DATE.matcher(truth);
    Matcher p = DATE.matcher(predicted);
    return t.find() && p.find() && t.group().equals(p.group());
  }

  static boolean hasDate(String s) {
    return DATE.matcher(s).find();
  }

  static List<String> tokens(String text, boolean lower) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(lower ? text.toLowerCase(Locale.ROOT) : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < N) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }

  private static <K> Map<K, Integer> counts(List<K> items) {
    Map<K, Integer> out = new HashMap<>();
    items.forEach(i -> out.merge(i, 1, Integer::sum));
    return out;
  }

  private static int total(Map<?, Integer> m) {
    int n = 0;
    for (int v : m.values()) {
      n += v;
    }
    return n;
  }

  private static double mean(List<Double> xs) {
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return xs.isEmpty() ? Double.NaN : sum / xs.size();
  }
}
