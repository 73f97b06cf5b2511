package org.warta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.StoredArticle;

/**
 * The Lucene index of articles in one folder. It records, with every commit, the store's change
 * sequence number it has caught up to ({@link #indexedSeq()}), so that after an unclean stop the
 * caller indexes only what changed since; {@link #clear()} plus re-adding everything rebuilds it.
 * Thread safe: many searchers, one writer.
 */
public final class SearchIndex implements AutoCloseable {
  /** Title terms a {@link #similarTitles} query uses at most. */
  static final int SIMILAR_TERMS = 8;

  /** Matches counted exactly at least (beyond it the total is a lower bound, and cheap). */
  public static final int COUNTED = 1000;

  /**
   * A title word in more than this share of all titles (and more than {@link #COMMON_FLOOR} of
   * them) says nothing about which story an article is on ("terbaru", "video", a site's own name):
   * {@link #similarTitles} ignores it. Matching on such words also made the query score every
   * article of the time window.
   */
  static final double COMMON_SHARE = 0.01;

  static final int COMMON_FLOOR = 100;

  private static final String SEQ_KEY = "warta.seq";

  /**
   * Title terms looked up for {@link #similarTitles}, with their statistics, for the searcher in
   * use: article pages share most title words, and looking each up again was a quarter of the
   * related-reads time. Replaced when the index changes (or holds {@link #MAX_TITLE_TERMS}).
   */
  private record TitleTerms(IndexReader reader, ConcurrentHashMap<String, TermStates> states) {}

  private static final int MAX_TITLE_TERMS = 200_000;

  private volatile TitleTerms titleTerms = new TitleTerms(null, new ConcurrentHashMap<>());

  /**
   * Matches a relevance search scores at most, about: beyond it only a window of the newest
   * articles holding about this many matches is searched ({@link RecentWindows}), so a word found
   * in millions of articles costs what one found in this many does.
   */
  static final long SCORED = 20_000;

  private volatile RecentWindows windows = RecentWindows.EMPTY;
  private static final String LAYOUT_KEY = "warta.layout";
  private static final Sort NEWEST_FIRST =
      new Sort(new SortField(Fields.TIME, SortField.Type.LONG, true));

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private SearchIndex(Path folder, Directory directory, IndexWriter writer) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new WindowSearcher(reader);
              }
            });
  }

  /**
   * Opens or creates the index in {@code folder}. A corrupt index is replaced by an empty one (its
   * {@link #indexedSeq()} is then 0, so the caller rebuilds it from the store).
   */
  public static SearchIndex open(Path folder) {
    try {
      Files.createDirectories(folder);
      Directory dir = FSDirectory.open(folder);
      IndexWriter writer;
      try {
        writer = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        Map<String, String> data = commitData(writer);
        boolean fresh = data.isEmpty() && writer.getDocStats().maxDoc == 0;
        if (!fresh && !Fields.LAYOUT.equals(data.get(LAYOUT_KEY))) {
          // written by an older version with other fields: start empty, the caller rebuilds
          writer.deleteAll();
          writer.setLiveCommitData(Map.of(SEQ_KEY, "0", LAYOUT_KEY, Fields.LAYOUT).entrySet());
          writer.commit();
        }
      } catch (LockObtainFailedException e) {
        dir.close();
        throw new IllegalStateException(
            "the search index in "
                + folder
                + " is in use by another Warta process; stop it or use another --data folder",
            e);
      } catch (IOException | RuntimeException corrupt) {
        // the index is derived data: drop it and let the caller rebuild it from the store
        for (String file : dir.listAll()) {
          dir.deleteFile(file);
        }
        writer = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE));
      }
      return new SearchIndex(folder, dir, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + folder, e);
    }
  }

  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    // text fields come analysed (each document in its language's way): the writer's own analyzer
    // is not used
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(mode);
    // newest first inside every segment: a time window is one run of documents, and newest-first
    // searches stop early
    config.setIndexSort(NEWEST_FIRST);
    config.setRAMBufferSizeMB(32);
    return config;
  }

  /** The store change sequence number the last commit covered (0 for a new index). */
  public long indexedSeq() {
    Map<String, String> data = lastCommitData();
    String seq = data.get(SEQ_KEY);
    return seq == null ? 0 : Long.parseLong(seq);
  }

  private Map<String, String> lastCommitData() {
    return commitData(writer);
  }

  private static Map<String, String> commitData(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    Map<String, String> out = new java.util.HashMap<>();
    if (live != null) {
      live.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  /** Adds or replaces the article's document (visible after {@link #commit}). */
  public void put(StoredArticle stored) {
    try {
      writer.updateDocument(new Term(Fields.ID, stored.id().toString()), document(stored));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + stored.id(), e);
    }
  }

  /** Removes an article's document. */
  public void delete(ArticleId id) {
    try {
      writer.deleteDocuments(new Term(Fields.ID, id.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove article " + id + " from the index", e);
    }
  }

  /** Removes every document (before a rebuild); the sequence number is reset at the next commit. */
  public void clear() {
    try {
      writer.deleteAll();
      writer.setLiveCommitData(Map.of(SEQ_KEY, "0", LAYOUT_KEY, Fields.LAYOUT).entrySet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the search index in " + folder, e);
    }
  }

  /** Makes the changes durable and searchable, recording that the index covers {@code seq}. */
  public void commit(long seq) {
    try {
      writer.setLiveCommitData(
          Map.of(SEQ_KEY, Long.toString(seq), LAYOUT_KEY, Fields.LAYOUT).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index in " + folder, e);
    }
  }

  /**
   * Merges the index into one segment and commits (the recorded sequence number is kept). Each
   * search looks every query term up once per segment, so a freshly rebuilt index is merged once;
   * takes about a minute per million articles.
   */
  public void compact() {
    try {
      writer.forceMerge(1);
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot merge the search index in " + folder, e);
    }
  }

  /** Number of documents visible to searches. */
  public long count() {
    return withSearcher(s -> (long) s.count(MatchAllDocsQuery.INSTANCE));
  }

  /** Runs a search; the query text is parsed leniently, so user input never fails. */
  public SearchResults search(SearchQuery q) {
    return search(q, SCORED);
  }

  /** {@link #search(SearchQuery)}, scoring about {@code scored} matches at most. */
  SearchResults search(SearchQuery q, long scored) {
    Query query = QueryBuilder.build(q);
    return withSearcher(
        s -> {
          int wanted = q.offset() + q.limit();
          if (q.order() == SearchQuery.Order.NEWEST) {
            // the index's own order: collecting stops after the first hits of each segment
            TopDocs top =
                s.search(query, new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, COUNTED));
            return hits(s, top, q.offset(), bodyTerms(query), true);
          }
          Weight weight = s.weight(query, ScoreMode.TOP_SCORES);
          Optional<int[]> recent = recentWindow(s, weight, scored);
          if (recent.isPresent()) {
            TopDocs top =
                s.searchLeading(
                    weight, recent.get(), new TopScoreDocCollectorManager(wanted, COUNTED));
            if (top.scoreDocs.length >= wanted) {
              return hits(s, top, q.offset(), bodyTerms(query), false);
            }
          }
          TopDocs top =
              s.searchLeading(
                  weight, s.allDocuments(), new TopScoreDocCollectorManager(wanted, COUNTED));
          return hits(s, top, q.offset(), bodyTerms(query), true);
        });
  }

  /**
   * Where the window of the newest articles ends in each segment, when the query's words are in so
   * many articles that scoring them all would cost more than {@code scored} matches: the window
   * holds about {@code scored} of them (estimated from the words' document counts, as if articles
   * were spread evenly over time). Empty when the query is cheap enough as it is.
   */
  private Optional<int[]> recentWindow(WindowSearcher s, Weight weight, long scored)
      throws IOException {
    long matches = 0;
    for (LeafReaderContext leaf : s.getLeafContexts()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier != null) {
        matches += supplier.cost();
      }
    }
    if (matches <= scored) {
      return Optional.empty();
    }
    RecentWindows known = windows;
    if (!known.isFor(s.getIndexReader())) {
      known = RecentWindows.of(s.getIndexReader());
      windows = known;
    }
    return known.holding((long) Math.ceil((double) s.getIndexReader().maxDoc() * scored / matches));
  }

  /**
   * Articles whose titles share words with {@code title}, published between {@code from} and {@code
   * to}: the title's telling terms (analysed for {@code language}; words common to many titles left
   * out, the rarest {@value #SIMILAR_TERMS} kept) against the title field of that language's
   * analysis only, at least two of them when three or more are left. Far cheaper than a full-text
   * {@link #search} over bodies of every analysis, for "related reads" on every article page.
   */
  public SearchResults similarTitles(
      String title, Language language, Instant from, Instant to, int limit) {
    String variant = Fields.variant(language);
    String field = Fields.TITLE;
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = Fields.analyzer(variant).tokenStream(field, title)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() >= 3) {
          terms.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a title", e);
    }
    return withSearcher(
        s -> {
          List<TermQuery> telling = telling(s, field, terms);
          if (telling.isEmpty()) {
            return new SearchResults(0, true, List.of());
          }
          BooleanQuery.Builder words = new BooleanQuery.Builder();
          telling.forEach(t -> words.add(t, BooleanClause.Occur.SHOULD));
          words.setMinimumNumberShouldMatch(telling.size() >= 3 ? 2 : 1);
          Query query =
              new BooleanQuery.Builder()
                  .add(words.build(), BooleanClause.Occur.MUST)
                  .add(
                      timeRange(from.toEpochMilli(), to.toEpochMilli()), BooleanClause.Occur.FILTER)
                  .build();
          return hits(s, s.search(query, limit), 0, Set.of(), true);
        });
  }

  /**
   * Queries for the terms that tell a title apart: those in at most {@link #COMMON_SHARE} of all
   * titles (always allowing {@link #COMMON_FLOOR}) and in at least one, rarest first, at most
   * {@link #SIMILAR_TERMS}. Each carries the term's statistics looked up here, so searching does
   * not look the term up in every segment again.
   */
  private List<TermQuery> telling(IndexSearcher searcher, String field, Set<String> terms)
      throws IOException {
    long common =
        Math.max(COMMON_FLOOR, (long) (searcher.getIndexReader().maxDoc() * COMMON_SHARE));
    TitleTerms known = titleTerms;
    if (known.reader() != searcher.getIndexReader() || known.states().size() > MAX_TITLE_TERMS) {
      known = new TitleTerms(searcher.getIndexReader(), new ConcurrentHashMap<>());
      titleTerms = known;
    }
    List<TermQuery> kept = new ArrayList<>();
    for (String t : terms) {
      Term term = new Term(field, t);
      TermStates states = known.states().get(t);
      if (states == null) {
        states = TermStates.build(searcher, term, true);
        known.states().put(t, states);
      }
      if (states.docFreq() > 0 && states.docFreq() <= common) {
        kept.add(new TermQuery(term, states));
      }
    }
    kept.sort(Comparator.comparingInt(q -> q.getTermStates().docFreq()));
    return kept.subList(0, Math.min(SIMILAR_TERMS, kept.size()));
  }

  /**
   * The text searched besides the title: the description, a blank line, the body. {@link
   * SearchResults.Match} offsets count characters of this text.
   */
  public static String searchedText(String description, String bodyText) {
    return description + "\n\n" + bodyText;
  }

  /**
   * Documents from {@code from} to {@code to} (epoch milliseconds, inclusive): with the index
   * sorted by time, the run of documents between the two found by binary search.
   */
  static Query timeRange(long from, long to) {
    return new IndexSortSortedNumericDocValuesRangeQuery(
        Fields.TIME, from, to, LongPoint.newRangeQuery(Fields.TIME, from, to));
  }

  /**
   * The page of hits from {@code offset}; the total is a lower bound unless the search counted
   * every match ({@code countedAll}: false when it looked at a recent window only).
   */
  private static SearchResults hits(
      IndexSearcher s, TopDocs top, int offset, Set<String> bodyTerms, boolean countedAll)
      throws IOException {
    List<SearchResults.Hit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    MatchOffsets offsets = new MatchOffsets(bodyTerms);
    for (int i = offset; i < docs.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
      int doc = docs[i].doc - leaf.docBase;
      NumericDocValues ids = DocValues.getNumeric(leaf.reader(), Fields.ID);
      if (!ids.advanceExact(doc)) {
        throw new IllegalStateException("document " + docs[i].doc + " has no article id");
      }
      hits.add(
          new SearchResults.Hit(
              new ArticleId(ids.longValue()), docs[i].score, offsets.of(leaf.reader(), doc)));
    }
    return new SearchResults(
        top.totalHits.value(),
        countedAll
            && top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO,
        hits);
  }

  /** The body terms of a query's words, leaving out excluded words ({@code -word}). */
  private static Set<String> bodyTerms(Query query) {
    Set<Term> terms = new java.util.HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    Set<String> out = new java.util.HashSet<>();
    for (Term t : terms) {
      if (t.field().equals(Fields.BODY)) {
        out.add(t.text());
      }
    }
    return out;
  }

  private interface SearcherWork<T> {
    T run(WindowSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.run((WindowSearcher) searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index in " + folder, e);
    }
  }

  private static Document document(StoredArticle stored) {
    Article a = stored.article();
    String variant = Fields.variant(a.language());
    Document doc = new Document();
    // the id as a term (to replace and delete the document) and as a value (to read a hit's id
    // without decompressing stored fields)
    doc.add(new StringField(Fields.ID, stored.id().toString(), Field.Store.NO));
    doc.add(new NumericDocValuesField(Fields.ID, stored.id().value()));
    doc.add(new StringField(Fields.SOURCE, a.source().toString(), Field.Store.NO));
    doc.add(new StringField(Fields.LANGUAGE, a.language().code(), Field.Store.NO));
    stored
        .story()
        .ifPresent(s -> doc.add(new StringField(Fields.STORY, s.toString(), Field.Store.NO)));
    long time = a.sortTime().toEpochMilli();
    doc.add(new LongPoint(Fields.TIME, time));
    doc.add(new NumericDocValuesField(Fields.TIME, time));
    doc.add(
        new TextField(Fields.TITLE, Fields.analyzer(variant).tokenStream(Fields.TITLE, a.title())));
    doc.add(
        new Field(
            Fields.BODY,
            Fields.bodyAnalyzer(variant)
                .tokenStream(Fields.BODY, searchedText(a.description(), a.bodyText())),
            Fields.BODY_TYPE));
    return doc;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index in " + folder, e);
    }
  }
}
