package org.warta.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link SearchQuery} into a Lucene query: the words are parsed with Lucene's simple query
 * syntax (which never fails on user input), analysed the filtered language's way when there is a
 * language filter and else every way at once ({@link QueryReadings}), titles weighted above bodies;
 * filters are added as non-scoring clauses.
 */
final class QueryBuilder {
  private static final float TITLE_BOOST = 3f;
  private static final Analyzer READINGS = new QueryReadings();

  private QueryBuilder() {}

  static Query build(SearchQuery q) {
    BooleanQuery.Builder root = new BooleanQuery.Builder();
    // a language filter leaves only documents analysed by that language's variant
    List<String> variants =
        q.language().map(l -> List.of(Fields.variant(l))).orElse(Fields.VARIANTS);
    Query words = words(q.text(), variants);
    root.add(
        words,
        words instanceof MatchAllDocsQuery ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
    q.source().ifPresent(s -> filter(root, new TermQuery(new Term(Fields.SOURCE, s.toString()))));
    q.language().ifPresent(l -> filter(root, new TermQuery(new Term(Fields.LANGUAGE, l.code()))));
    q.story().ifPresent(s -> filter(root, new TermQuery(new Term(Fields.STORY, s.toString()))));
    if (q.from().isPresent() || q.to().isPresent()) {
      long from = q.from().map(i -> i.toEpochMilli()).orElse(Long.MIN_VALUE);
      long to = q.to().map(i -> i.toEpochMilli()).orElse(Long.MAX_VALUE);
      filter(root, SearchIndex.timeRange(from, to));
    }
    return root.build();
  }

  private static Query words(String text, List<String> variants) {
    if (text.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    // one language: its analysis; all: every analysis's reading of each word at once
    Analyzer analyzer = variants.size() == 1 ? Fields.analyzer(variants.getFirst()) : READINGS;
    SimpleQueryParser parser =
        new SimpleQueryParser(analyzer, Map.of(Fields.TITLE, TITLE_BOOST, Fields.BODY, 1f));
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query parsed = parser.parse(text);
    // null: only stop words or punctuation, nothing can match
    return parsed != null ? parsed : new BooleanQuery.Builder().build();
  }

  private static void filter(BooleanQuery.Builder root, Query clause) {
    root.add(clause, BooleanClause.Occur.FILTER);
  }
}
