package org.warta.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.warta.core.Language;

/**
 * The index layout. Every document has one {@code title} and one {@code body} field, analysed the
 * way its language is analysed (Indonesian, English, or a language-neutral analysis for others); a
 * query is analysed in each of those ways and looks for any of the resulting terms. One field pair
 * for all languages keeps every field on every document, so its length norms are dense (a field per
 * language made every norm lookup a sparse-set search, a fifth of a query's time) and a query word
 * is one or two terms instead of six.
 */
final class Fields {
  static final String ID = "id";
  static final String SOURCE = "source";
  static final String LANGUAGE = "language";
  static final String STORY = "story";
  static final String TIME = "time";
  static final String TITLE = "title";
  static final String BODY = "body";

  /**
   * The layout's version, recorded with every commit: an index written with another layout is
   * dropped and rebuilt from the store when opened.
   */
  static final String LAYOUT = "3";

  /**
   * Bodies keep where each word is in the text (offsets in the postings), so the words of a query
   * are found in a hit's text without analysing it again.
   */
  static final FieldType BODY_TYPE = bodyType();

  private static FieldType bodyType() {
    var type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The analysis variants. */
  static final List<String> VARIANTS = List.of("id", "en", "std");

  private Fields() {}

  static String variant(Language language) {
    return switch (language.code()) {
      case "id", "ms" -> "id";
      case "en" -> "en";
      default -> "std";
    };
  }

  // analyzers reuse one token stream per thread whatever the field, so a document's title and
  // body, analysed side by side, each need an analyzer of their own
  private static final Map<String, Analyzer> TITLES = analyzers();
  private static final Map<String, Analyzer> BODIES = analyzers();
  // the readings of query words, worked out while the query analysis itself runs
  private static final Map<String, Analyzer> QUERY_WORDS = analyzers();

  private static Map<String, Analyzer> analyzers() {
    return Map.of("id", analyzerFor("id"), "en", analyzerFor("en"), "std", analyzerFor("std"));
  }

  /** The variant's analyzer for queries and titles, shared (analyzers are thread-safe). */
  static Analyzer analyzer(String variant) {
    return TITLES.get(variant);
  }

  /** The variant's analyzer for bodies, while {@link #analyzer} analyses the same title. */
  static Analyzer bodyAnalyzer(String variant) {
    return BODIES.get(variant);
  }

  /** The variant's analyzer for single query words ({@link QueryReadings}). */
  static Analyzer queryAnalyzer(String variant) {
    return QUERY_WORDS.get(variant);
  }

  private static Analyzer analyzerFor(String variant) {
    return switch (variant) {
      case "id" -> new IndonesianAnalyzer();
      case "en" -> new EnglishAnalyzer();
      default -> new StandardAnalyzer();
    };
  }
}
