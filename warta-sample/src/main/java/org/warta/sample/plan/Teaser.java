package org.warta.sample.plan;

import java.util.List;

/** The short description of an article: its first sentence, cut to a teaser length. */
final class Teaser {
  private static final int MAX = 220;

  private Teaser() {}

  static String of(List<String> paragraphs) {
    String first = paragraphs.getFirst();
    int end = sentenceEnd(first);
    String sentence = end > 0 ? first.substring(0, end + 1) : first;
    if (sentence.length() <= MAX) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX - 3);
    return sentence.substring(0, cut > 0 ? cut : MAX - 3) + "...";
  }

  /** Index of the first full stop that ends a sentence (not "2,5" nor an initial like "M."). */
  private static int sentenceEnd(String s) {
    for (int i = 40; i < s.length() - 1; i++) {
      if (s.charAt(i) == '.' && s.charAt(i + 1) == ' ' && Character.isLowerCase(s.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }
}
