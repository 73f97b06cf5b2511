package org.warta.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.warta.core.Whitespace;

/**
 * Text fields as readers show them: titles and names arrive HTML-escaped once or twice, with tags
 * or with runs of whitespace; {@link #of} turns them into one line of plain text. Author fields
 * arrive as RSS {@code email (Name)} or {@code Name <email>}; {@link #authorName} keeps the name.
 */
public final class PlainText {
  private static final Pattern EMAIL_THEN_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  private static final Pattern NAME_THEN_EMAIL = Pattern.compile("^(.+?)\\s*<\\S+@\\S+>$");

  private PlainText() {}

  /** One line of plain text: tags removed, entities decoded, whitespace collapsed. */
  public static String of(String text) {
    String s = text;
    if (s.indexOf('<') >= 0 && s.indexOf('>') > 0) {
      s = Jsoup.parseBodyFragment(s).text();
    } else if (s.indexOf('&') >= 0) {
      s = Parser.unescapeEntities(s, false);
    }
    return Whitespace.collapse(s);
  }

  /** The person's name in an author field; the e-mail address alone when no name is given. */
  public static String authorName(String field) {
    String s = of(field);
    Matcher m = EMAIL_THEN_NAME.matcher(s);
    if (m.matches()) {
      return m.group(1).strip();
    }
    m = NAME_THEN_EMAIL.matcher(s);
    if (m.matches()) {
      return m.group(1).replace("\"", "").strip();
    }
    return s;
  }
}
