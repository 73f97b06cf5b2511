-- Feed documents built for serving (a source's RSS, Atom or JSON Feed at one address), kept across
-- restarts in their gzip encoding under the entity tag of what they were built from: a request
-- whose tag matches is answered from here instead of being built again.
CREATE TABLE kept_feed (
  source_id    INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
  address      TEXT    NOT NULL,
  tag          TEXT    NOT NULL,
  gzip         BLOB    NOT NULL,
  plain_length INTEGER NOT NULL,
  PRIMARY KEY (source_id, address)
);
