-- Per-source dedupe opt-out: 0 keeps a source's articles out of duplicate groups and credit.
ALTER TABLE source ADD COLUMN group_copies BIGINT NOT NULL DEFAULT 1;
