-- A source's version for its feed's entity tag (how many articles, the newest change among them),
-- read from this index alone: a feed reader's conditional poll is answered without building the
-- feed.
CREATE INDEX article_source_change ON article (source_id, change_seq);
