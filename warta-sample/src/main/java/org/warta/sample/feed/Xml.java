package org.warta.sample.feed;

/** XML escaping for feed text and attributes. */
final class Xml {
  private Xml() {}

  static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String attr(String s) {
    return text(s).replace("\"", "&quot;");
  }
}
