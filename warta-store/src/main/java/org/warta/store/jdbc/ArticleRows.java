package org.warta.store.jdbc;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;
import org.warta.core.WireCredit;
import org.warta.store.ArticleSummary;

/** Maps {@link Article} to and from the {@code article} table. */
final class ArticleRows {
  static final String COLUMNS =
      columns(
          "body_html, body_text",
          "related, original_hints, provenance",
          "story_id, duplicate_group, change_seq");

  /**
   * The article columns in the order {@link #read} expects, with {@code bodies} for the two bodies,
   * {@code details} for the extraction's related links, original hints and provenance, and {@code
   * grouping} for the story, duplicate group and change sequence.
   */
  private static String columns(String bodies, String details, String grouping) {
    return "id, source_id, url, canonical_url, title, description, authors, editor, wire_agency,"
        + " wire_printed, site_name, section, tags, language, published, modified, seen,"
        + " sort_time, lead_image, "
        + bodies
        + ", "
        + details
        + ", "
        + grouping;
  }

  // positions of the columns in COLUMNS (JDBC counts from 1)
  private static final int ID = 1;
  private static final int SOURCE_ID = 2;
  private static final int URL = 3;
  private static final int CANONICAL_URL = 4;
  private static final int TITLE = 5;
  private static final int DESCRIPTION = 6;
  private static final int AUTHORS = 7;
  private static final int EDITOR = 8;
  private static final int WIRE_AGENCY = 9;
  private static final int WIRE_PRINTED = 10;
  private static final int SITE_NAME = 11;
  private static final int SECTION = 12;
  private static final int TAGS = 13;
  private static final int LANGUAGE = 14;
  private static final int PUBLISHED = 15;
  private static final int MODIFIED = 16;
  private static final int SEEN = 17;
  private static final int LEAD_IMAGE = 19;
  private static final int BODY_HTML = 20;
  private static final int BODY_TEXT = 21;
  private static final int RELATED = 22;
  private static final int ORIGINAL_HINTS = 23;
  private static final int PROVENANCE = 24;
  private static final int STORY_ID = 25;
  private static final int DUPLICATE_GROUP = 26;

  /**
   * {@link #COLUMNS} in the same positions as a feed reads them (read by {@link #read}): the body
   * HTML only {@code withHtml}, else empty; the first {@code excerptChars} characters of the body
   * text where the description is blank, else an empty text; empty extraction details; no story or
   * duplicate group. Nothing stored after the bodies is read, so SQLite stops at the start of each
   * row instead of following it through its overflow pages.
   */
  static String feedColumns(int excerptChars, boolean withHtml) {
    return columns(
        (withHtml ? "body_html" : "'' AS body_html")
            + ", "
            + excerptWhereNoDescription(excerptChars),
        "'[]' AS related, '[]' AS original_hints, '{}' AS provenance",
        "NULL AS story_id, NULL AS duplicate_group, 0 AS change_seq");
  }

  private static String excerptWhereNoDescription(int chars) {
    return "CASE WHEN trim(description) = '' THEN substr(body_text, 1, " + chars + ") ELSE '' END";
  }

  /**
   * The columns of an {@link ArticleSummary} with the first {@code bodyChars} characters of the
   * body, read by {@link #readSummary}.
   */
  static String summaryColumns(int bodyChars) {
    return summaryColumnsWithBody("substr(body_text, 1, " + bodyChars + ")");
  }

  /**
   * The columns of an {@link ArticleSummary} as lists read them: the start of the body only where
   * the description is blank (a body is most of a row and, on PostgreSQL, kept apart from it).
   */
  static String cardColumns() {
    return summaryColumnsWithBody(excerptWhereNoDescription(ArticleSummary.BODY_START));
  }

  private static String summaryColumnsWithBody(String body) {
    return "id, source_id, url, canonical_url, title, site_name, sort_time, published, seen,"
        + " description, "
        + body
        + ", lead_image, language, story_id, duplicate_group";
  }

  static final String INSERT =
      "INSERT INTO article (source_id, url, canonical_url, title, description, authors, editor,"
          + " wire_agency, wire_printed, site_name, section, tags, language, published, modified,"
          + " seen, sort_time, lead_image, body_html, body_text, related, original_hints,"
          + " provenance, change_seq, stored_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

  private ArticleRows() {}

  /** Binds the 25 parameters of {@link #INSERT}. */
  static void bind(PreparedStatement ps, Article a, long seq) throws SQLException {
    ps.setLong(25, StoredSize.of(a));
    int i = 1;
    ps.setLong(i++, a.source().value());
    ps.setString(i++, a.url().toString());
    ps.setString(i++, a.canonicalUrl().toString());
    ps.setString(i++, a.title());
    ps.setString(i++, a.description());
    ps.setString(i++, Json.write(a.authors()));
    ps.setString(i++, a.editor());
    Rows.setText(ps, i++, a.wireCredit().map(WireCredit::agency));
    Rows.setText(ps, i++, a.wireCredit().map(WireCredit::printed));
    ps.setString(i++, a.siteName());
    ps.setString(i++, a.section());
    ps.setString(i++, Json.write(a.tags()));
    ps.setString(i++, a.language().code());
    Rows.setText(ps, i++, a.published().map(OffsetDateTime::toString));
    Rows.setText(ps, i++, a.modified().map(OffsetDateTime::toString));
    ps.setLong(i++, a.seen().toEpochMilli());
    ps.setLong(i++, a.sortTime().toEpochMilli());
    Rows.setText(ps, i++, Json.image(a.leadImage()));
    ps.setString(i++, a.bodyHtml());
    ps.setString(i++, a.bodyText());
    ps.setString(i++, Json.links(a.related()));
    ps.setString(i++, Json.write(Json.uris(a.originalHints())));
    ps.setString(i++, Json.write(a.provenance()));
    ps.setLong(i, seq);
  }

  /**
   * Reads the row at the cursor of a query that selects {@link #COLUMNS} first, by position (the
   * driver's lookup by name costs more than the mapping on the hot pages).
   */
  static StoredArticle read(ResultSet rs) throws SQLException {
    String url = rs.getString(URL);
    URI address = URI.create(url);
    String canonical = rs.getString(CANONICAL_URL);
    Article article =
        Article.builder(new SourceId(rs.getLong(SOURCE_ID)), address)
            // mostly the same address: parsed once
            .canonicalUrl(canonical.equals(url) ? address : URI.create(canonical))
            .title(rs.getString(TITLE))
            .description(rs.getString(DESCRIPTION))
            .authors(Json.strings(rs.getString(AUTHORS)))
            .editor(rs.getString(EDITOR))
            .wireCredit(wireCredit(rs))
            .siteName(rs.getString(SITE_NAME))
            .section(rs.getString(SECTION))
            .tags(Json.strings(rs.getString(TAGS)))
            .language(Language.of(rs.getString(LANGUAGE)))
            .published(Optional.ofNullable(rs.getString(PUBLISHED)).map(OffsetTimes::parse))
            .modified(Optional.ofNullable(rs.getString(MODIFIED)).map(OffsetTimes::parse))
            .seen(java.time.Instant.ofEpochMilli(rs.getLong(SEEN)))
            .leadImage(Optional.ofNullable(rs.getString(LEAD_IMAGE)).flatMap(Json::image))
            .bodyHtml(rs.getString(BODY_HTML))
            .bodyText(rs.getString(BODY_TEXT))
            .related(Json.links(rs.getString(RELATED)))
            .originalHints(
                Json.strings(rs.getString(ORIGINAL_HINTS)).stream().map(URI::create).toList())
            .provenance(Json.stringMap(rs.getString(PROVENANCE)))
            .build();
    return new StoredArticle(
        new ArticleId(rs.getLong(ID)),
        article,
        number(rs, STORY_ID).map(StoryId::new),
        number(rs, DUPLICATE_GROUP));
  }

  /** Reads the row at the cursor of a query that selects {@link #SUMMARY_COLUMNS} first. */
  static ArticleSummary readSummary(ResultSet rs) throws SQLException {
    return new ArticleSummary(
        new ArticleId(rs.getLong(1)),
        new SourceId(rs.getLong(2)),
        URI.create(rs.getString(3)),
        URI.create(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        java.time.Instant.ofEpochMilli(rs.getLong(7)),
        Optional.ofNullable(rs.getString(8)).map(OffsetTimes::parse),
        java.time.Instant.ofEpochMilli(rs.getLong(9)),
        rs.getString(10),
        rs.getString(11),
        Optional.ofNullable(rs.getString(12)).flatMap(Json::image),
        Language.of(rs.getString(13)),
        number(rs, 14).map(StoryId::new),
        number(rs, 15));
  }

  private static Optional<Long> number(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }

  private static Optional<WireCredit> wireCredit(ResultSet rs) throws SQLException {
    String agency = rs.getString(WIRE_AGENCY);
    if (agency == null || agency.isBlank()) {
      return Optional.empty();
    }
    String printed = rs.getString(WIRE_PRINTED);
    return Optional.of(new WireCredit(agency, printed == null ? agency : printed));
  }
}
