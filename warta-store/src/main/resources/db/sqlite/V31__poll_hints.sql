-- The longest interval between polls a source's publisher asked for at its last full read (RSS
-- <ttl>, sy:updatePeriod, Cache-Control max-age), kept so that it still holds while the feed
-- answers 304 Not Modified.
CREATE TABLE source_poll_hint (
  source_id   INTEGER PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
  interval_ms INTEGER NOT NULL
);
