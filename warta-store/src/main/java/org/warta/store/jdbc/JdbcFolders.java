package org.warta.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.core.SourceId;
import org.warta.store.FolderRepository;

/** Source folders on JDBC (JSON list per source). */
final class JdbcFolders implements FolderRepository {
  private final Database db;

  JdbcFolders(Database db) {
    this.db = db;
  }

  @Override
  public List<String> folders(SourceId source) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT folders FROM source_folder WHERE source_id = ?")) {
            ps.setLong(1, source.value());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Json.strings(rs.getString(1)) : List.<String>of();
            }
          }
        });
  }

  @Override
  public void setFolders(SourceId source, List<String> folders) {
    db.write(
        c -> {
          if (folders.isEmpty()) {
            try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM source_folder WHERE source_id = ?")) {
              ps.setLong(1, source.value());
              return ps.executeUpdate();
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO source_folder (source_id, folders) VALUES (?, ?)"
                      + " ON CONFLICT (source_id) DO UPDATE SET folders = excluded.folders")) {
            ps.setLong(1, source.value());
            ps.setString(2, Json.write(List.copyOf(folders)));
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Map<SourceId, List<String>> all() {
    return db.read(
        c -> {
          Map<SourceId, List<String>> out = new LinkedHashMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT source_id, folders FROM source_folder ORDER BY source_id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.put(new SourceId(rs.getLong(1)), Json.strings(rs.getString(2)));
            }
          }
          return out;
        });
  }
}
