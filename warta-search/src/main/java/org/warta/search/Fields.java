package org.warta.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.warta.core.Language;

/**
 * The index layout. Text is indexed once per document under the fields of its language's analysis
 * ({@code title_id}/{@code body_id}, {@code title_en}/{@code body_en}, or the language-neutral
 * {@code title_std}/{@code body_std}); queries search all of them.
 */
final class Fields {
  static final String ID = "id";
  static final String SOURCE = "source";
  static final String LANGUAGE = "language";
  static final String STORY = "story";
  static final String TIME = "time";

  /** The analysis variants; each has a title and a body field. */
  static final List<String> VARIANTS = List.of("id", "en", "std");

  private Fields() {}

  static String variant(Language language) {
    return switch (language.code()) {
      case "id", "ms" -> "id";
      case "en" -> "en";
      default -> "std";
    };
  }

  static String title(String variant) {
    return "title_" + variant;
  }

  static String body(String variant) {
    return "body_" + variant;
  }

  private static final Map<String, Analyzer> SHARED =
      Map.of("id", analyzerFor("id"), "en", analyzerFor("en"), "std", analyzerFor("std"));

  /** The variant's analyzer, shared (analyzers are thread-safe; building one loads its lists). */
  static Analyzer analyzer(String variant) {
    return SHARED.get(variant);
  }

  static Analyzer analyzerFor(String variant) {
    return switch (variant) {
      case "id" -> new IndonesianAnalyzer();
      case "en" -> new EnglishAnalyzer();
      default -> new StandardAnalyzer();
    };
  }

  /** One analyzer for writing: each text field analysed by its variant. */
  static Analyzer indexAnalyzer() {
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    for (String v : VARIANTS) {
      Analyzer a = analyzerFor(v);
      perField.put(title(v), a);
      perField.put(body(v), a);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }
}
