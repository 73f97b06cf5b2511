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

/** Maps {@link Article} to and from the {@code article} table. */
final class ArticleRows {
  static final String COLUMNS =
      "id, source_id, url, canonical_url, title, description, authors, editor, wire_agency,"
          + " wire_printed, site_name, section, tags, language, published, modified, seen,"
          + " sort_time, lead_image, body_html, body_text, related, original_hints, provenance,"
          + " story_id, duplicate_group, change_seq";

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

  static StoredArticle read(ResultSet rs) throws SQLException {
    Article article =
        Article.builder(new SourceId(rs.getLong("source_id")), URI.create(rs.getString("url")))
            .canonicalUrl(URI.create(rs.getString("canonical_url")))
            .title(rs.getString("title"))
            .description(rs.getString("description"))
            .authors(Json.strings(rs.getString("authors")))
            .editor(rs.getString("editor"))
            .wireCredit(wireCredit(rs))
            .siteName(rs.getString("site_name"))
            .section(rs.getString("section"))
            .tags(Json.strings(rs.getString("tags")))
            .language(Language.of(rs.getString("language")))
            .published(Rows.text(rs, "published").map(OffsetDateTime::parse))
            .modified(Rows.text(rs, "modified").map(OffsetDateTime::parse))
            .seen(java.time.Instant.ofEpochMilli(rs.getLong("seen")))
            .leadImage(Rows.text(rs, "lead_image").flatMap(Json::image))
            .bodyHtml(rs.getString("body_html"))
            .bodyText(rs.getString("body_text"))
            .related(Json.links(rs.getString("related")))
            .originalHints(
                Json.strings(rs.getString("original_hints")).stream().map(URI::create).toList())
            .provenance(Json.stringMap(rs.getString("provenance")))
            .build();
    return new StoredArticle(
        new ArticleId(rs.getLong("id")),
        article,
        Rows.number(rs, "story_id").map(StoryId::new),
        Rows.number(rs, "duplicate_group"));
  }

  private static Optional<WireCredit> wireCredit(ResultSet rs) throws SQLException {
    String agency = rs.getString("wire_agency");
    if (agency == null || agency.isBlank()) {
      return Optional.empty();
    }
    String printed = rs.getString("wire_printed");
    return Optional.of(new WireCredit(agency, printed == null ? agency : printed));
  }
}
