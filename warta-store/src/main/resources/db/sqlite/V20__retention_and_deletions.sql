-- Retention, storage accounting and deletions the search index follows (issue 7).

-- Bytes of an article's stored text (UTF-8 of every text column), for size-based retention and
-- `warta stats`. Rows from before this migration get an estimate from their character counts.
ALTER TABLE article ADD COLUMN stored_bytes INTEGER NOT NULL DEFAULT 0;
UPDATE article SET stored_bytes = length(url) + length(canonical_url) + length(title)
  + length(description) + length(authors) + length(editor) + length(site_name) + length(section)
  + length(tags) + length(body_html) + length(body_text) + length(related)
  + length(original_hints) + length(provenance) + coalesce(length(lead_image), 0);
-- newest-first walks that only need the size (retention by size) never touch the wide rows
CREATE INDEX article_size ON article (sort_time, id, stored_bytes);
CREATE INDEX article_source_size ON article (source_id, sort_time, id, stored_bytes);

-- Articles removed (retention, source removal), numbered from the same change sequence as
-- article.change_seq, so the search index drops them when it catches up.
CREATE TABLE article_deletion (
  seq        INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  PRIMARY KEY (seq, article_id)
);

-- What retention purged: enough to recognise the article if it is offered again (by any of its
-- URLs or by its text), so it is not ingested as new.
CREATE TABLE tombstone (
  canonical_url TEXT    PRIMARY KEY,
  article_id    INTEGER NOT NULL,
  source_id     INTEGER NOT NULL,
  fingerprint   TEXT    NOT NULL,
  sort_time     INTEGER NOT NULL,
  purged_at     INTEGER NOT NULL
);
CREATE INDEX tombstone_fingerprint ON tombstone (fingerprint);

CREATE TABLE tombstone_url (
  url           TEXT PRIMARY KEY,
  canonical_url TEXT NOT NULL
);
