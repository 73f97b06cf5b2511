package org.warta.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.jspecify.annotations.Nullable;
import org.warta.core.Language;
import org.warta.search.SearchResults;

/**
 * Highlighted snippets of search results. The query's words are parsed with the index's query
 * syntax and analysed the way the index analyses the article's language (so "kebijakan" marks
 * "bijak"; excluded words are not marked); the text is analysed once, the passages with the most
 * different matched words are kept, and everything is HTML-escaped except the {@code <mark>}
 * elements around matches. The output is safe to insert into a page as it is.
 *
 * <p>Make one per query with {@link #of(String)} and use it for every hit: the query's terms are
 * worked out once per language.
 */
public final class Snippets {
  static final String FIELD = "text";
  static final int FRAGMENT_CHARS = 160;
  static final int FRAGMENTS = 2;
  static final int MAX_ANALYZED = 60_000;

  /**
   * Passages are chosen among the first this many matches: analysis (stemming every word) stops
   * there, as a reader sees enough of a text that names the words this often.
   */
  static final int MAX_MATCHES = 24;

  /** Characters of context kept before the first match of a passage. */
  static final int LEAD_IN = 40;

  private static final Map<String, Analyzer> ANALYZERS =
      Map.of("id", new IndonesianAnalyzer(), "en", new EnglishAnalyzer());
  private static final Analyzer STANDARD = new StandardAnalyzer();

  private final String words;
  private final Map<Analyzer, Set<String>> terms = new HashMap<>();

  private Snippets(String words) {
    this.words = words;
  }

  /** The snippets of one query. Not thread-safe: use one per request. */
  public static Snippets of(String words) {
    return new Snippets(words);
  }

  /** The best passages of {@code text} for {@code words}; empty when nothing matches. */
  public static String passages(String words, Language language, String text) {
    return of(words).passages(language, text);
  }

  /** The whole of a short text (a title) with its matches marked, escaped; never empty. */
  public static String whole(String words, Language language, String text) {
    return of(words).whole(language, text);
  }

  /** The best passages of {@code text}, in text order; empty when nothing matches. */
  public String passages(Language language, String text) {
    String analysed = text.length() > MAX_ANALYZED ? text.substring(0, MAX_ANALYZED) : text;
    return best(analysed, matches(language, analysed));
  }

  /**
   * The best passages of {@code text} around matches the search index found (its offsets into the
   * same text), in text order; empty when none lies inside the text.
   */
  public static String passages(String text, List<SearchResults.Match> found) {
    List<Match> matches = new ArrayList<>(found.size());
    for (SearchResults.Match m : found) {
      if (m.start() >= 0
          && m.end() <= text.length()
          && m.start() < m.end()
          && (matches.isEmpty() || m.start() >= matches.getLast().end())) {
        matches.add(new Match(m.start(), m.end(), m.term()));
      }
    }
    return best(text, matches.subList(0, Math.min(MAX_MATCHES, matches.size())));
  }

  private static String best(String analysed, List<Match> matches) {
    if (matches.isEmpty()) {
      return "";
    }
    List<int[]> chosen = new ArrayList<>();
    for (int n = 0; n < FRAGMENTS; n++) {
      int[] best = bestWindow(matches, chosen);
      if (best == null) {
        break;
      }
      chosen.add(best);
    }
    chosen.sort(Comparator.comparingInt(w -> w[0]));
    List<String> out = new ArrayList<>();
    for (int[] w : chosen) {
      int from = passageStart(analysed, matches.get(w[0]).start());
      int to = passageEnd(analysed, from);
      out.add(marked(analysed, from, to, matches).strip());
    }
    return String.join(" … ", out).strip();
  }

  /** The whole text with its matches marked, escaped; never empty for a non-empty text. */
  public String whole(Language language, String text) {
    return marked(text, 0, text.length(), matches(language, text));
  }

  /** Escapes plain text the way snippets are escaped (for text shown instead of a snippet). */
  public static String escape(String text) {
    return escapeHtml(text);
  }

  /** Where a query word occurs in a text. */
  private record Match(int start, int end, String term) {}

  private List<Match> matches(Language language, String text) {
    Analyzer analyzer = analyzer(language);
    Set<String> wanted = terms.computeIfAbsent(analyzer, a -> queryTerms(words, a));
    if (wanted.isEmpty() || text.isBlank()) {
      return List.of();
    }
    List<Match> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (out.size() < MAX_MATCHES && ts.incrementToken()) {
        String t = term.toString();
        if (wanted.contains(t)
            && offset.startOffset() >= 0
            && offset.endOffset() <= text.length()
            && offset.startOffset() < offset.endOffset()
            && (out.isEmpty() || offset.startOffset() >= out.getLast().end())) {
          out.add(new Match(offset.startOffset(), offset.endOffset(), t));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The window of {@link #FRAGMENT_CHARS} starting at a match that holds the most different query
   * words (then the most matches), not overlapping the windows already chosen; as {@code {first
   * match, last match}} indexes, or null when none is left.
   */
  private static int @Nullable [] bestWindow(List<Match> matches, List<int[]> taken) {
    int[] best = null;
    long bestScore = -1;
    for (int i = 0; i < matches.size(); i++) {
      int limit = matches.get(i).start() + FRAGMENT_CHARS - LEAD_IN;
      Set<String> distinct = new HashSet<>();
      int j = i;
      while (j < matches.size() && matches.get(j).end() <= limit) {
        distinct.add(matches.get(j).term());
        j++;
      }
      int last = Math.max(i, j - 1);
      if (overlaps(i, last, matches, taken)) {
        continue;
      }
      long score = distinct.size() * 10_000L + (last - i + 1);
      if (score > bestScore) {
        bestScore = score;
        best = new int[] {i, last};
      }
    }
    return best;
  }

  private static boolean overlaps(int first, int last, List<Match> matches, List<int[]> taken) {
    for (int[] w : taken) {
      int from = matches.get(w[0]).start() - LEAD_IN;
      int to = matches.get(w[0]).start() + FRAGMENT_CHARS;
      if (matches.get(first).start() < to && matches.get(last).end() > from) {
        return true;
      }
    }
    return false;
  }

  /** A little before the match, at a word boundary (or the text's start). */
  private static int passageStart(String text, int match) {
    int from = Math.max(0, match - LEAD_IN);
    if (from == 0) {
      return 0;
    }
    int space = text.indexOf(' ', from);
    return space < 0 || space >= match ? match : space + 1;
  }

  /** About {@link #FRAGMENT_CHARS} after the start, at a word boundary (or the text's end). */
  private static int passageEnd(String text, int from) {
    int to = from + FRAGMENT_CHARS;
    if (to >= text.length()) {
      return text.length();
    }
    int space = text.lastIndexOf(' ', to);
    return space <= from ? to : space;
  }

  /** {@code text[from, to)} escaped, with the matches inside it marked. */
  private static String marked(String text, int from, int to, List<Match> matches) {
    StringBuilder out = new StringBuilder(to - from + 32);
    int at = from;
    for (Match m : matches) {
      if (m.start() < from || m.end() > to) {
        continue;
      }
      appendEscaped(out, text, at, m.start());
      out.append("<mark>");
      appendEscaped(out, text, m.start(), m.end());
      out.append("</mark>");
      at = m.end();
    }
    appendEscaped(out, text, at, to);
    return out.toString();
  }

  /** The terms of the query's words that are not excluded, analysed by {@code analyzer}. */
  private static Set<String> queryTerms(String words, Analyzer analyzer) {
    if (words.isBlank()) {
      return Set.of();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELD);
    parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
    Query query = parser.parse(words);
    if (query == null) {
      return Set.of();
    }
    Set<Term> found = new HashSet<>();
    query.visit(QueryVisitor.termCollector(found));
    Set<String> out = new HashSet<>();
    found.forEach(t -> out.add(t.text()));
    return out;
  }

  /**
   * HTML escaping of {@code & < > " '}; every other character stays itself (pages are UTF-8), so
   * letters outside ASCII and emoji keep their surrogate pairs.
   */
  static String escapeHtml(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    appendEscaped(out, s, 0, s.length());
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, String s, int from, int to) {
    int run = from; // start of the characters not yet appended, all copied as they are
    for (int i = from; i < to; i++) {
      String entity =
          switch (s.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (entity != null) {
        out.append(s, run, i).append(entity);
        run = i + 1;
      }
    }
    out.append(s, run, to);
  }

  private static Analyzer analyzer(Language language) {
    String code = language.code();
    return ANALYZERS.getOrDefault(code.equals("ms") ? "id" : code, STANDARD);
  }
}
