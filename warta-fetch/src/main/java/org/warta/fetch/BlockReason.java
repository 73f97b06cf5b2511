package org.warta.fetch;

/** Why the fetcher did not send a request at all (see {@link FetchResult.Blocked}). */
public enum BlockReason {
  /** robots.txt disallows the URL for our User-Agent (RFC 9309 section 2.2). */
  ROBOTS,
  /**
   * The origin is paused: its robots.txt was unreachable or answered 5xx, which RFC 9309 section
   * 2.3.1.4 says means "complete disallow" until it can be read again.
   */
  PAUSED,
  /** The host resolves to a loopback, private, link-local or otherwise non-public address. */
  SSRF,
  /** The server's Retry-After window (429/503) for this URL has not passed yet. */
  RETRY_AFTER,
  /** The exponential-backoff window after failures of this URL has not passed yet. */
  BACKOFF
}
