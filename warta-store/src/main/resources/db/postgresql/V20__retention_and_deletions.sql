-- Retention, storage accounting and deletions the search index follows (issue 7).

-- Bytes of an article's stored text (UTF-8 of every text column), for size-based retention and
-- `warta stats`. Rows from before this migration are measured here.
ALTER TABLE article ADD COLUMN stored_bytes BIGINT  NOT NULL DEFAULT 0;
UPDATE article SET stored_bytes = octet_length(url) + octet_length(canonical_url) + octet_length(title)
  + octet_length(description) + octet_length(authors) + octet_length(editor) + octet_length(site_name) + octet_length(section)
  + octet_length(tags) + octet_length(body_html) + octet_length(body_text) + octet_length(related)
  + octet_length(original_hints) + octet_length(provenance) + coalesce(octet_length(lead_image), 0);
-- newest-first walks that only need the size (retention by size) never touch the wide rows
CREATE INDEX article_size ON article (sort_time, id, stored_bytes);
CREATE INDEX article_source_size ON article (source_id, sort_time, id, stored_bytes);

-- Articles removed (retention, source removal), numbered from the same change sequence as
-- article.change_seq, so the search index drops them when it catches up.
CREATE TABLE article_deletion (
  seq        BIGINT  NOT NULL,
  article_id BIGINT  NOT NULL,
  PRIMARY KEY (seq, article_id)
);

-- What retention purged: enough to recognise the article if it is offered again (by any of its
-- URLs or by its text), so it is not ingested as new.
CREATE TABLE tombstone (
  canonical_url TEXT    PRIMARY KEY,
  article_id    BIGINT  NOT NULL,
  source_id     BIGINT  NOT NULL,
  fingerprint   TEXT    NOT NULL,
  sort_time     BIGINT  NOT NULL,
  purged_at     BIGINT  NOT NULL
);
CREATE INDEX tombstone_fingerprint ON tombstone (fingerprint);

CREATE TABLE tombstone_url (
  url           TEXT PRIMARY KEY,
  canonical_url TEXT NOT NULL
);
