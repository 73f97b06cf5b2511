package org.warta.extract.metadata;

/**
 * A date the page offers for one field, where it was found and how much that source is trusted when
 * sources disagree (structured data 1.0, visible header text 0.9, URL 0.7).
 */
record DateCandidate(FoundDate date, String source, double weight) {}
