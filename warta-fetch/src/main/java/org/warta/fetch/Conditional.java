package org.warta.fetch;

/** Which validators a {@link FetchRequest} sends for a conditional GET. */
public enum Conditional {
  /** The validators the {@link UrlStateStore} kept from the last 200 of this URL (polling). */
  STORED,
  /** The validators given in the request (the caller keeps them). */
  GIVEN,
  /** None: always ask for the full body (probes, first fetch of a new source). */
  NONE
}
