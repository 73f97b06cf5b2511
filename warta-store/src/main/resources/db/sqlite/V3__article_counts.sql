-- Article counts per section and per source, kept by triggers, so the sections page, the source
-- statuses and the total read a few rows instead of counting every article (at 342 k articles the
-- GROUP BY scans took 176 ms and 73 ms). Rows whose count falls to 0 stay and are filtered out.
CREATE TABLE section_count (
  section TEXT    PRIMARY KEY,
  n       INTEGER NOT NULL
);
CREATE INDEX section_count_rank ON section_count (n DESC, section);

CREATE TABLE source_count (
  source_id INTEGER PRIMARY KEY,
  n         INTEGER NOT NULL
);

INSERT INTO section_count (section, n)
  SELECT section, COUNT(*) FROM article WHERE section <> '' GROUP BY section;
INSERT INTO source_count (source_id, n)
  SELECT source_id, COUNT(*) FROM article GROUP BY source_id;

CREATE TRIGGER article_counts_insert AFTER INSERT ON article
BEGIN
  INSERT INTO section_count (section, n) SELECT NEW.section, 1 WHERE NEW.section <> ''
    ON CONFLICT (section) DO UPDATE SET n = n + 1;
  INSERT INTO source_count (source_id, n) SELECT NEW.source_id, 1 WHERE TRUE
    ON CONFLICT (source_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER article_counts_delete AFTER DELETE ON article
BEGIN
  UPDATE section_count SET n = n - 1 WHERE section = OLD.section;
  UPDATE source_count SET n = n - 1 WHERE source_id = OLD.source_id;
END;

CREATE TRIGGER article_counts_update AFTER UPDATE OF section, source_id ON article
  WHEN OLD.section IS NOT NEW.section OR OLD.source_id IS NOT NEW.source_id
BEGIN
  UPDATE section_count SET n = n - 1 WHERE section = OLD.section;
  UPDATE source_count SET n = n - 1 WHERE source_id = OLD.source_id;
  INSERT INTO section_count (section, n) SELECT NEW.section, 1 WHERE NEW.section <> ''
    ON CONFLICT (section) DO UPDATE SET n = n + 1;
  INSERT INTO source_count (source_id, n) SELECT NEW.source_id, 1 WHERE TRUE
    ON CONFLICT (source_id) DO UPDATE SET n = n + 1;
END;
