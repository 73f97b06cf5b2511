-- What the reader site and the admin read beyond the latest lists: section pages, the copies of a
-- duplicate group, articles seen per hour (ingest dashboard), and who a duplicate group's text is
-- credited to (written by the dedupe stage, shown as "originally published by ...").

CREATE INDEX article_section ON article (section, sort_time DESC, id DESC);
CREATE INDEX article_duplicate_group ON article (duplicate_group, sort_time);
CREATE INDEX article_seen ON article (seen);

CREATE TABLE duplicate_credit (
  group_id         BIGINT PRIMARY KEY,
  original_article BIGINT,
  agency           TEXT    NOT NULL DEFAULT '',
  page_url         TEXT    NOT NULL DEFAULT '',
  upstream         TEXT    NOT NULL DEFAULT '',
  reason           TEXT    NOT NULL
);
