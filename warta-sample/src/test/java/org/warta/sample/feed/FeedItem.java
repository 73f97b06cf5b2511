package org.warta.sample.feed;

import java.time.OffsetDateTime;

/** One item as a test read it back from a feed: its link and its publication time. */
record FeedItem(String link, OffsetDateTime published) {}
