package org.warta.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The short lines printed next to the headline (byline, dates, reading time), as {@link
 * VisibleDates} reads them: text between block boundaries, nearest first, up to the body.
 */
public final class HeaderLines {
  private HeaderLines() {}

  /** The headline element ({@code <h1>}), as the title and date readers choose it. */
  public static java.util.Optional<Element> headline(PageIndex page) {
    return Titles.headline(page);
  }

  /** Up to {@code max} lines after the headline, nearest first. */
  public static List<String> after(Element headline, int max) {
    return lines(new VisibleDates.Lines(headline, true, false), max);
  }

  /** Up to {@code max} lines before the headline, nearest first. */
  public static List<String> before(Element headline, int max) {
    return lines(new VisibleDates.Lines(headline, false, false), max);
  }

  /** The first {@code max} lines, read no further. */
  private static List<String> lines(VisibleDates.Lines lines, int max) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < max && lines.has(i); i++) {
      out.add(lines.get(i));
    }
    return out;
  }

  /** Whether the text holds a date as pages print them. */
  public static boolean hasDate(String text) {
    return DateParser.human(text, true).isPresent();
  }
}
