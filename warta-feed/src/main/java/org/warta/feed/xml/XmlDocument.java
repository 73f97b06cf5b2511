package org.warta.feed.xml;

import java.util.List;

/**
 * A parsed XML document: its root element, the DOCTYPE declaration as written (empty when none) and
 * the repairs or oddities met on the way (for a {@code Warnings} sink, never fatal).
 */
public record XmlDocument(XmlElement root, String doctype, List<String> warnings) {
  public XmlDocument {
    warnings = List.copyOf(warnings);
  }
}
