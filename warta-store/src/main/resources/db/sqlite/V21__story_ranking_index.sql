-- The API's and home page's story ranking (most sources, hottest, newest) walks this index and
-- stops after the page instead of sorting every story (measured: 350 ms at 340 k articles before).
CREATE INDEX story_top ON story (source_count DESC, trend DESC, last_seen DESC)
  WHERE merged_into IS NULL;
