package org.warta.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.core.StoredArticle;
import org.warta.store.ArticleSummary;
import org.warta.store.Cursor;
import org.warta.store.Page;

/**
 * What a query reads of each article row: whole articles, or the summaries lists show. The same
 * queries serve both; only the selected columns and their mapping differ.
 */
final class ArticleShape<T> {
  static final ArticleShape<StoredArticle> WHOLE =
      new ArticleShape<>(
          ArticleRows.COLUMNS,
          ArticleRows::read,
          s -> s.id().value(),
          s -> new Cursor(s.article().sortTime().toEpochMilli(), s.id().value()));

  /** Summaries as lists show them: the body's start only where there is no description. */
  static final ArticleShape<ArticleSummary> SUMMARY = summaries(ArticleRows.cardColumns());

  /**
   * Articles as feeds show them: the text's first {@code excerptChars} characters where there is no
   * description, the HTML only {@code withHtml}; no extraction details, story or duplicate group.
   */
  static ArticleShape<StoredArticle> forFeed(int excerptChars, boolean withHtml) {
    return new ArticleShape<>(
        ArticleRows.feedColumns(positive(excerptChars), withHtml),
        ArticleRows::read,
        WHOLE.id,
        WHOLE.cursor);
  }

  /** Summaries with the first {@code bodyChars} characters of each body. */
  static ArticleShape<ArticleSummary> summary(int bodyChars) {
    return summaries(ArticleRows.summaryColumns(positive(bodyChars)));
  }

  private static ArticleShape<ArticleSummary> summaries(String columns) {
    return new ArticleShape<>(
        columns, ArticleRows::readSummary, s -> s.id().value(), ArticleSummary::cursor);
  }

  private static int positive(int bodyChars) {
    if (bodyChars < 1) {
      throw new IllegalArgumentException("bodyChars must be positive, got " + bodyChars);
    }
    return bodyChars;
  }

  private interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  final String columns;
  private final Reader<T> reader;
  private final java.util.function.ToLongFunction<T> id;
  private final java.util.function.Function<T, Cursor> cursor;

  private ArticleShape(
      String columns,
      Reader<T> reader,
      java.util.function.ToLongFunction<T> id,
      java.util.function.Function<T, Cursor> cursor) {
    this.columns = columns;
    this.reader = reader;
    this.id = id;
    this.cursor = cursor;
  }

  long id(T row) {
    return id.applyAsLong(row);
  }

  /** Every row the statement selects, in order. */
  List<T> all(PreparedStatement ps) throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(reader.read(rs));
      }
    }
    return out;
  }

  /** The first row the statement selects. */
  Optional<T> first(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
    }
  }

  /**
   * A page of {@code limit} rows out of {@code rows}, read with a limit one higher: the extra row
   * says there is a next page.
   */
  Page<T> page(List<T> rows, int limit) {
    if (rows.size() <= limit) {
      return new Page<>(rows, Optional.empty());
    }
    List<T> page = rows.subList(0, limit);
    return new Page<>(page, Optional.of(cursor.apply(page.getLast())));
  }
}
