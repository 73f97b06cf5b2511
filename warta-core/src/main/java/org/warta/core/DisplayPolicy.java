package org.warta.core;

/** How much of a source's articles the reader shows: an excerpt with a link, or the full text. */
public enum DisplayPolicy {
  EXCERPT,
  FULL_TEXT
}
