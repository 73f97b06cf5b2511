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
    List<String> out = new ArrayList<>();
    VisibleDates.collect(headline, out, true, false);
    return out.size() > max ? out.subList(0, max) : out;
  }

  /** Up to {@code max} lines before the headline, nearest first. */
  public static List<String> before(Element headline, int max) {
    List<String> out = new ArrayList<>();
    VisibleDates.collect(headline, out, false, false);
    return out.size() > max ? out.subList(0, max) : out;
  }

  /** Whether the text holds a date as pages print them. */
  public static boolean hasDate(String text) {
    return DateParser.human(text, true).isPresent();
  }
}
