package org.warta.feed;

/** The feed formats {@link FeedReader} reads, with the specification each one follows. */
public enum FeedFormat {
  /** RSS 0.90 (Netscape, RDF-based). */
  RSS_090,
  /** RSS 0.91 (Netscape or UserLand) and 0.92. */
  RSS_09X,
  /** RSS 2.0 (RSS Advisory Board, 2.0.11). */
  RSS_20,
  /** RSS 1.0 (RDF Site Summary, 2000-12-06). */
  RSS_10,
  /** Atom 0.3 (pre-IETF draft, 2003). */
  ATOM_03,
  /** Atom 1.0 (RFC 4287). */
  ATOM_10,
  /** JSON Feed 1.0 (jsonfeed.org, 2017). */
  JSON_FEED_10,
  /** JSON Feed 1.1 (jsonfeed.org, 2020). */
  JSON_FEED_11
}
