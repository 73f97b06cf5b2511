-- Article counts per section and per source, kept by a trigger, so the sections page, the source
-- statuses and the total read a few rows instead of counting every article. Rows whose count falls
-- to 0 stay and are filtered out.
CREATE TABLE section_count (
  section TEXT   PRIMARY KEY,
  n       BIGINT NOT NULL
);
CREATE INDEX section_count_rank ON section_count (n DESC, section);

CREATE TABLE source_count (
  source_id BIGINT PRIMARY KEY,
  n         BIGINT NOT NULL
);

INSERT INTO section_count (section, n)
  SELECT section, COUNT(*) FROM article WHERE section <> '' GROUP BY section;
INSERT INTO source_count (source_id, n)
  SELECT source_id, COUNT(*) FROM article GROUP BY source_id;

CREATE FUNCTION article_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.section IS NOT DISTINCT FROM NEW.section
      AND OLD.source_id IS NOT DISTINCT FROM NEW.source_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE section_count SET n = n - 1 WHERE section = OLD.section;
    UPDATE source_count SET n = n - 1 WHERE source_id = OLD.source_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF NEW.section <> '' THEN
      INSERT INTO section_count (section, n) VALUES (NEW.section, 1)
        ON CONFLICT (section) DO UPDATE SET n = section_count.n + 1;
    END IF;
    INSERT INTO source_count (source_id, n) VALUES (NEW.source_id, 1)
      ON CONFLICT (source_id) DO UPDATE SET n = source_count.n + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER article_counts AFTER INSERT OR DELETE OR UPDATE OF section, source_id ON article
  FOR EACH ROW EXECUTE FUNCTION article_counts();
