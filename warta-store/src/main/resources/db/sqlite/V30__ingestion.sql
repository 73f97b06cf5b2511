-- Ingestion (issue 4): OPML folders of sources, URL patterns learned on section pages, WebSub
-- subscriptions. Times are epoch milliseconds (UTC).

-- The folders a source sits in (outermost first), as OPML import gave them; JSON list of strings.
CREATE TABLE source_folder (
  source_id INTEGER PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
  folders   TEXT    NOT NULL
);

-- What polling a section page learned about the URL templates of its links (w/Y/M/D/N/S):
-- how often a link of the template was listed, and how often fetching one gave an article or not.
CREATE TABLE source_url_pattern (
  source_id  INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
  template   TEXT    NOT NULL,
  listed     INTEGER NOT NULL DEFAULT 0,
  articles   INTEGER NOT NULL DEFAULT 0,
  misses     INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (source_id, template)
);

-- WebSub (W3C) subscription of a feed source at its hub: state REQUESTED, ACTIVE, DENIED, FAILED.
CREATE TABLE websub_subscription (
  source_id    INTEGER PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
  hub          TEXT    NOT NULL,
  topic        TEXT    NOT NULL,
  secret       TEXT    NOT NULL,
  state        TEXT    NOT NULL,
  requested_at INTEGER NOT NULL,
  lease_until  INTEGER,
  last_message INTEGER,
  last_error   TEXT    NOT NULL DEFAULT ''
);
