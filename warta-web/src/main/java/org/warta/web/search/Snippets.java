package org.warta.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.jspecify.annotations.Nullable;
import org.warta.core.Language;

/**
 * Highlighted snippets of search results, made with Lucene's highlighter on the stored text of each
 * hit: the words are analysed the way the index analyses the article's language (so "kebijakan"
 * marks "bijak"), the best passages are kept, and everything is HTML-escaped except the {@code
 * <mark>} elements around matches. The output is safe to insert into a page as it is.
 */
public final class Snippets {
  static final String FIELD = "text";
  static final int FRAGMENT_CHARS = 160;
  static final int FRAGMENTS = 2;
  static final int MAX_ANALYZED = 60_000;

  private static final Map<String, Analyzer> ANALYZERS =
      Map.of("id", new IndonesianAnalyzer(), "en", new EnglishAnalyzer());
  private static final Analyzer STANDARD = new StandardAnalyzer();
  private static final Encoder ENCODER = Snippets::escapeHtml;

  private Snippets() {}

  /** The best passages of {@code text} for {@code words}; empty when nothing matches. */
  public static String passages(String words, Language language, String text) {
    Analyzer analyzer = analyzer(language);
    Query query = parse(words, analyzer);
    if (query == null || text.isBlank()) {
      return "";
    }
    QueryScorer scorer = new QueryScorer(query, FIELD);
    Highlighter h = highlighter(scorer);
    h.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
    try {
      String[] best = h.getBestFragments(analyzer, FIELD, text, FRAGMENTS);
      return String.join(" … ", best).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidTokenOffsetsException e) {
      return "";
    }
  }

  /** The whole of a short text (a title) with its matches marked, escaped; never empty. */
  public static String whole(String words, Language language, String text) {
    Analyzer analyzer = analyzer(language);
    Query query = parse(words, analyzer);
    if (query != null && !text.isBlank()) {
      Highlighter h = highlighter(new QueryScorer(query, FIELD));
      h.setTextFragmenter(new NullFragmenter());
      try {
        String marked = h.getBestFragment(analyzer, FIELD, text);
        if (marked != null) {
          return marked;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InvalidTokenOffsetsException e) {
        // fall through to the plain text
      }
    }
    return ENCODER.encodeText(text);
  }

  /** Escapes plain text the way snippets are escaped (for text shown instead of a snippet). */
  public static String escape(String text) {
    return ENCODER.encodeText(text);
  }

  /**
   * HTML escaping of {@code & < > " '}; every other character stays itself (pages are UTF-8), so
   * letters outside ASCII and emoji keep their surrogate pairs, which Lucene's SimpleHTMLEncoder
   * would split into two numeric references.
   */
  static String escapeHtml(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static Highlighter highlighter(QueryScorer scorer) {
    Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ENCODER, scorer);
    h.setMaxDocCharsToAnalyze(MAX_ANALYZED);
    return h;
  }

  private static @Nullable Query parse(String words, Analyzer analyzer) {
    if (words.isBlank()) {
      return null;
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELD);
    parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
    return parser.parse(words);
  }

  private static Analyzer analyzer(Language language) {
    String code = language.code();
    return ANALYZERS.getOrDefault(code.equals("ms") ? "id" : code, STANDARD);
  }
}
