package org.warta.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link SearchQuery} into a Lucene query: the words are parsed with Lucene's simple query
 * syntax (which never fails on user input) once per analysis variant (only the filtered language's
 * variant when there is a language filter), titles weighted above bodies; a document must match the
 * parse of its own language's analysis (when every analysis reads the words alike, as "banjir",
 * that is one query for all); filters are added as non-scoring clauses.
 */
final class QueryBuilder {
  private static final float TITLE_BOOST = 3f;

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
    // the variants each distinct parse stands for
    Map<Query, List<String>> parses = new LinkedHashMap<>();
    for (String variant : variants) {
      SimpleQueryParser parser =
          new SimpleQueryParser(
              Fields.analyzer(variant), Map.of(Fields.TITLE, TITLE_BOOST, Fields.BODY, 1f));
      parser.setDefaultOperator(BooleanClause.Occur.MUST);
      Query parsed = parser.parse(text);
      if (parsed != null) {
        parses.computeIfAbsent(parsed, p -> new ArrayList<>()).add(variant);
      }
    }
    if (parses.size() == 1 && parses.values().iterator().next().size() == variants.size()) {
      return parses.keySet().iterator().next();
    }
    // a document is matched by its own language's parse only ("-beras" read the English way,
    // "bera", must not let an Indonesian text with "beras" through); none: only stop words or
    // punctuation, nothing can match
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    parses.forEach(
        (parse, of) -> {
          BooleanQuery.Builder inVariants = new BooleanQuery.Builder();
          of.forEach(
              v ->
                  inVariants.add(
                      new TermQuery(new Term(Fields.VARIANT, v)), BooleanClause.Occur.SHOULD));
          any.add(
              new BooleanQuery.Builder()
                  .add(parse, BooleanClause.Occur.MUST)
                  .add(inVariants.build(), BooleanClause.Occur.FILTER)
                  .build(),
              BooleanClause.Occur.SHOULD);
        });
    return any.build();
  }

  private static void filter(BooleanQuery.Builder root, Query clause) {
    root.add(clause, BooleanClause.Occur.FILTER);
  }
}
