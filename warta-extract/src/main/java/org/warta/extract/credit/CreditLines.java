package org.warta.extract.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.warta.core.Language;
import org.warta.core.phrase.BoilerplatePhrases;
import org.warta.core.phrase.PhraseKind;
import org.warta.core.phrase.PhraseMatch;
import org.warta.extract.metadata.DateParser;
import org.warta.extract.metadata.PageIndex;

/**
 * Credit lines anywhere in the page, e.g. "Editor : X" under the article, a "Penulis : X | Editor :
 * Y" table or "Pewarta: X" in a footer. A text that starts with a credit label ({@link
 * BoilerplatePhrases} kinds AUTHOR and EDITOR) is read together with its element (or table row)
 * when that is short.
 */
public final class CreditLines {
  private static final Set<String> LABEL_WORDS =
      Set.of(
          "editor",
          "redaktur",
          "penyunting",
          "penulis",
          "reporter",
          "wartawan",
          "pewarta",
          "oleh",
          "rep",
          "laporan",
          "by",
          "posted",
          "article",
          "contributors",
          "contributor",
          "written",
          "author",
          "words",
          "reporting",
          "edited",
          "editing",
          "reviewed",
          "von",
          "autor",
          "autorin",
          "par",
          "auteur",
          "por",
          "作者",
          "记者",
          "责任编辑",
          "编辑",
          "بقلم");
  private static final int MAX_CHARS = 160;

  /** {@link #LABEL_WORDS} by first character: a text is compared with those it can start with. */
  private static final java.util.Map<Character, List<String>> LABEL_WORDS_BY_FIRST =
      LABEL_WORDS.stream().collect(java.util.stream.Collectors.groupingBy(w -> w.charAt(0)));

  /**
   * Byline labels the phrase lists leave out: a label standing alone in its element ("Written by",
   * "Article written by:", "By", "Author", "Contributors:", "Article by") above or beside the name,
   * and "Posted by X", "Article by X".
   */
  private static final Pattern BYLINE_LABEL =
      Pattern.compile(
          "(?iu)(?:((?:(?:article|post|story|guide)\\s+)?written by|words by|story by|article"
              + " by|posted by|by|authors?|contributors?|penulis|oleh|reporter|edited"
              + " by|editor|reviewed by)\\s*[:：]?|(posted by|article by|reviewed"
              + " by)\\s*[:：]?\\s+(.+))");

  /**
   * A date then the writer: "Posted on March 3, 2025 by Jane Roe", "03/01/2017 by Jane Roe", "Last
   * updated 3 March 2025 by Jane Roe". Group 1 is the date part (it must read as a date), group 2
   * the name.
   */
  private static final Pattern DATED_BY =
      Pattern.compile(
          "(?iu)(?:(?:posted|published|last"
              + " updated|updated)(?:\\s+on)?\\s+)?(.{4,40}?\\b(?:19|20)\\d{2})(?:["
              + " ,]+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?\\s*[,|·•-]?\\s+by\\s+(\\S.*)");

  /** Where one line holds several credits: "Penulis: X | Editor: Y", "Reporter: X / Editor: Y". */
  private static final Pattern PARTS = Pattern.compile("\\n|\\s+[|]\\s+|\\s+/\\s+(?=\\p{L}+\\s*:)");

  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,;:]+$");
  private static final String FIRST_CHARS = firstChars();
  private static final LabelPairs LABEL_PAIRS = new LabelPairs(LABEL_WORDS);
  private static final BoilerplatePhrases PHRASES =
      BoilerplatePhrases.forLanguage(Language.UNDETERMINED);

  private static String firstChars() {
    StringBuilder sb = new StringBuilder();
    for (String w : LABEL_WORDS) {
      if (sb.indexOf(w.substring(0, 1)) < 0) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** Author and editor line values found in the page, in document order. */
  public record Found(List<String> authorLines, List<String> editorLines) {}

  private CreditLines() {}

  public static Found find(PageIndex page) {
    List<String> authors = new ArrayList<>();
    List<String> editors = new ArrayList<>();
    List<Element> seen = new ArrayList<>();
    for (TextNode t : page.shortTexts()) {
      if (!(t.parent() instanceof Element parent)
          || !(mayStartWithLabel(t.getWholeText())
                  && (t instanceof CDataNode || LABEL_PAIRS.mayStart(t.getWholeText()))
                  && startsWithLabel(t.text())
              || mayBeDatedBy(t.getWholeText()))) {
        continue;
      }
      if (parent.nameIs("script") || parent.nameIs("style") || inNavigationOrPageFooter(parent)) {
        continue;
      }
      Element line =
          parent.nameIs("td") || parent.nameIs("th")
              ? Optional.ofNullable(parent.parent()).orElse(parent)
              : parent;
      if (seen.contains(line)) {
        continue;
      }
      seen.add(line);
      String text = linesOf(line);
      if (text.length() > MAX_CHARS) {
        continue;
      }
      for (String part : PARTS.split(text)) {
        Optional<PhraseMatch> m = PHRASES.match(part);
        if (m.isPresent()) {
          add(m.get().kind(), valueAfter(line, m.get().remainder()), authors, editors);
        } else if (datedBy(part).isPresent()) {
          add(PhraseKind.AUTHOR, datedBy(part).get(), authors, editors);
        } else {
          Matcher label = BYLINE_LABEL.matcher(part.strip());
          if (label.matches()) {
            boolean alone = label.group(1) != null;
            add(
                alone && label.group(1).toLowerCase(Locale.ROOT).startsWith("edit")
                    ? PhraseKind.EDITOR
                    : PhraseKind.AUTHOR,
                valueAfter(line, alone ? "" : label.group(3)),
                authors,
                editors);
          }
        }
      }
    }
    return new Found(authors, editors);
  }

  /**
   * Whether the element sits in site navigation ({@code <nav>}, {@code role="navigation"}, a {@code
   * role="menu"} or a menu class) or in the page's own footer (one outside {@code <article>} and
   * {@code <main>}): a menu heading "By Event Type" or a footer's "By Acme Hotels" is not a byline.
   */
  static boolean inNavigationOrPageFooter(Element e) {
    boolean pageFooter = false;
    for (Element p = e; p != null && !p.nameIs("body"); p = p.parent()) {
      if (p.nameIs("nav")) {
        return true;
      }
      if (p.nameIs("article") || p.nameIs("main")) {
        pageFooter = false; // the article's own footer carries credits
      } else if (p.nameIs("footer")) {
        pageFooter = true;
      }
      if (p.attributesSize() > 0) {
        String role = p.attr("role");
        if (role.equals("navigation") || role.equals("menu") || role.equals("menubar")) {
          return true;
        }
        String cls = p.className();
        if (holdsMenu(cls) && MENU_CLASS.matcher(cls).find()) {
          return true;
        }
      }
    }
    return pageFooter;
  }

  /**
   * Class words of menus, a whole class ending so: "sub-menu", "header--sub-menu", "dropdown-menu",
   * "mega_menu", "navmenu". Not "menu" alone or "menu-open": page-wide wrappers carry those.
   */
  private static final Pattern MENU_CLASS =
      Pattern.compile("(?i)(?:sub|mega|dropdown|nav|flyout)[_-]?menu(?:$|\\s)");

  /**
   * Whether the class holds "menu" in ASCII letters of any case, as every match of {@link
   * #MENU_CLASS} does ({@code (?i)} without {@code UNICODE_CASE} folds ASCII letters only): most
   * classes do not, and this scan is much cheaper than the pattern's search.
   */
  private static boolean holdsMenu(String cls) {
    // c | 0x20 == 'e' only for 'e' and 'E' (and likewise for the other letters)
    for (int i = 1; i + 2 < cls.length(); i++) {
      if ((cls.charAt(i) | 0x20) == 'e'
          && (cls.charAt(i - 1) | 0x20) == 'm'
          && (cls.charAt(i + 1) | 0x20) == 'n'
          && (cls.charAt(i + 2) | 0x20) == 'u') {
        return true;
      }
    }
    return false;
  }

  /** The element's text with {@code <br>} and block boundaries kept as line breaks. */
  static String linesOf(Element e) {
    StringBuilder sb = new StringBuilder();
    org.jsoup.select.NodeTraversor.traverse(
        new org.jsoup.select.NodeVisitor() {
          @Override
          public void head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof TextNode t) {
              sb.append(t.text());
            } else if (node instanceof Element el
                && (el.nameIs("br") || el.isBlock() && sb.length() > 0)) {
              sb.append('\n');
            }
          }

          @Override
          public void tail(org.jsoup.nodes.Node node, int depth) {}
        },
        e);
    return SPACES.matcher(sb).replaceAll(" ").strip();
  }

  private static void add(
      PhraseKind kind, String value, List<String> authors, List<String> editors) {
    if (value.isBlank()) {
      return;
    }
    if (kind == PhraseKind.AUTHOR) {
      authors.add(value);
    } else if (kind == PhraseKind.EDITOR) {
      editors.add(value);
    }
  }

  /**
   * The value of a credit line: what follows the label, or, when the label stands alone in its
   * element ("Written by" above "Jane Roe"), the short text of the next element.
   */
  private static String valueAfter(Element line, String remainder) {
    if (!remainder.isBlank()) {
      return remainder;
    }
    String inline = textAfter(line);
    if (!inline.isEmpty()) {
      return inline.length() <= 60 ? inline : "";
    }
    Element next = line.nextElementSibling();
    if (next == null && line.parent() != null) {
      Element parentNext = line.parent().nextElementSibling();
      next = parentNext;
    }
    if (next == null) {
      return "";
    }
    String t = next.text().strip();
    return t.length() <= 60 ? t : "";
  }

  /**
   * The text that follows an inline label element on its own line ("<strong>Contributors:</strong>
   * Jane Roe"), up to a line break or block; empty when the label is a block or nothing follows.
   */
  private static String textAfter(Element label) {
    if (label.isBlock()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (org.jsoup.nodes.Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof TextNode t) {
        sb.append(t.text());
      } else if (n instanceof Element e) {
        if (e.nameIs("br") || e.isBlock()) {
          break;
        }
        sb.append(' ').append(e.text());
      }
      if (sb.length() > 200) {
        break;
      }
    }
    return SPACES.matcher(sb).replaceAll(" ").strip();
  }

  /** The name of a "date by name" line, when the part before "by" reads as a date. */
  static Optional<String> datedBy(String line) {
    Matcher m = DATED_BY.matcher(line.strip());
    if (!m.matches() || DateParser.human(m.group(1), false).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(TRAILING_PUNCT.matcher(m.group(2).strip()).replaceAll(""));
  }

  /** A cheap pre-check for {@link #DATED_BY}: a four-digit year somewhere before " by". */
  private static boolean mayBeDatedBy(String raw) {
    int by = raw.indexOf(" by");
    if (by < 0) {
      by = raw.indexOf(" By");
    }
    if (by < 4 || raw.length() > MAX_CHARS * 2) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < by; i++) {
      digits = Character.isDigit(raw.charAt(i)) ? digits + 1 : 0;
      if (digits == 4) {
        return true;
      }
    }
    return false;
  }

  /** A cheap pre-check on the raw text: its first visible character can start a label. */
  private static boolean mayStartWithLabel(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0') {
        return FIRST_CHARS.indexOf(Character.toLowerCase(c)) >= 0;
      }
    }
    return false;
  }

  private static boolean startsWithLabel(String text) {
    String t = text.strip();
    if (t.isEmpty()
        || t.length() > MAX_CHARS
        || FIRST_CHARS.indexOf(Character.toLowerCase(t.charAt(0))) < 0) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (String word : LABEL_WORDS_BY_FIRST.getOrDefault(lower.charAt(0), List.of())) {
      if (lower.startsWith(word)
          && (lower.length() == word.length()
              || !Character.isLetter(lower.charAt(word.length()))
              || !Character.isLetter(word.charAt(0))
              || word.charAt(0) > 0x2000)) {
        return true;
      }
    }
    return false;
  }
}
