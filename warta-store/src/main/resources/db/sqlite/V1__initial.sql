-- Warta schema, SQLite flavour. Times are epoch milliseconds (UTC) for sorting plus ISO-8601 text
-- with the publisher's offset where the offset matters. Lists and maps are JSON text.

CREATE TABLE source (
  id                   INTEGER PRIMARY KEY AUTOINCREMENT,
  name                 TEXT    NOT NULL,
  url                  TEXT    NOT NULL UNIQUE,
  home_url             TEXT    NOT NULL,
  kind                 TEXT    NOT NULL,
  language             TEXT    NOT NULL,
  display              TEXT    NOT NULL,
  paused               INTEGER NOT NULL DEFAULT 0,
  created_at           INTEGER NOT NULL,
  last_fetch           INTEGER,
  next_fetch           INTEGER,
  last_error           TEXT    NOT NULL DEFAULT '',
  consecutive_failures INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE story (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  title         TEXT    NOT NULL,
  lead_article  INTEGER NOT NULL,
  first_seen    INTEGER NOT NULL,
  last_seen     INTEGER NOT NULL,
  article_count INTEGER NOT NULL DEFAULT 0,
  source_count  INTEGER NOT NULL DEFAULT 0,
  languages     TEXT    NOT NULL DEFAULT '[]',
  trend         REAL    NOT NULL DEFAULT 0,
  merged_into   INTEGER
);
CREATE INDEX story_rank ON story (last_seen DESC);

CREATE TABLE article (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id          INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
  url                TEXT    NOT NULL,
  canonical_url      TEXT    NOT NULL UNIQUE,
  title              TEXT    NOT NULL,
  description        TEXT    NOT NULL,
  authors            TEXT    NOT NULL,
  editor             TEXT    NOT NULL,
  wire_agency        TEXT,
  wire_printed       TEXT,
  site_name          TEXT    NOT NULL,
  section            TEXT    NOT NULL,
  tags               TEXT    NOT NULL,
  language           TEXT    NOT NULL,
  published          TEXT,
  modified           TEXT,
  seen               INTEGER NOT NULL,
  sort_time          INTEGER NOT NULL,
  lead_image         TEXT,
  body_html          TEXT    NOT NULL,
  body_text          TEXT    NOT NULL,
  related            TEXT    NOT NULL,
  original_hints     TEXT    NOT NULL,
  provenance         TEXT    NOT NULL,
  story_id           INTEGER,
  duplicate_group    INTEGER,
  change_seq         INTEGER NOT NULL
);
CREATE INDEX article_latest ON article (sort_time DESC, id DESC);
CREATE INDEX article_source_latest ON article (source_id, sort_time DESC, id DESC);
CREATE INDEX article_story ON article (story_id, sort_time);
CREATE INDEX article_change ON article (change_seq);

-- Every URL under which an article is known (as discovered, canonical, after redirects), so a link
-- seen again through another source or feed is recognised before anything is fetched.
CREATE TABLE article_url (
  url        TEXT    PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE
);

-- Monotonic counters (the change sequence the search index follows).
CREATE TABLE counter (
  name  TEXT    PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO counter (name, value) VALUES ('change_seq', 0);

-- Per-URL fetch state: validators and Retry-After/backoff windows, shared by all sources.
CREATE TABLE url_state (
  url           TEXT    PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  not_before    INTEGER,
  failures      INTEGER NOT NULL DEFAULT 0,
  last_status   INTEGER NOT NULL DEFAULT 0,
  last_fetch    INTEGER
);

-- Progress of archive imports, so an interrupted import resumes where it stopped.
CREATE TABLE import_checkpoint (
  file       TEXT    PRIMARY KEY,
  position   INTEGER NOT NULL,
  records    INTEGER NOT NULL,
  done       INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
);
