package org.warta.extract.credit;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;
import org.warta.extract.metadata.PageIndex;

/**
 * Bylines printed in the page: {@code rel=author} links, microdata {@code itemprop=author}, and
 * short elements whose class or id says author/byline/penulis/reporter. Read before the body is
 * cleaned, since bylines sit in the article header that cleaning may drop.
 */
public final class Bylines {
  private static final List<String> HINTS =
      List.of("byline", "author", "penulis", "reporter", "writer", "contributor", "creator");
  private static final int MAX_CHARS = 120;

  /** {@link #HINTS} by their first letter (ASCII), in their order; null for other letters. */
  private static final String[][] HINTS_BY_FIRST = byFirstLetter(HINTS);

  static {
    for (String h : HINTS) {
      // namesByline skips non-ASCII letters: only U+0130 and U+212A lower to ASCII ("i", "k")
      if (h.charAt(0) == 'i' || h.charAt(0) == 'k') {
        throw new IllegalStateException("a byline hint may not start with i or k: " + h);
      }
    }
  }

  private static String[][] byFirstLetter(List<String> hints) {
    String[][] table = new String[128][];
    for (String h : hints) {
      String[] old = table[h.charAt(0)];
      String[] longer = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
      longer[longer.length - 1] = h;
      table[h.charAt(0)] = longer;
    }
    return table;
  }

  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

  private Bylines() {}

  /**
   * The names of the first byline that yields any, in document order, among the page's byline
   * candidates ({@link PageIndex#bylineCandidates()}, picked by {@link #isCandidate}).
   */
  public static Optional<List<String>> find(PageIndex page, String siteName) {
    int tried = 0;
    for (Element e : page.bylineCandidates()) {
      if (skip(e)) {
        continue;
      }
      if (++tried > 30) {
        break;
      }
      if (longerThan(e, MAX_CHARS * 4)) {
        continue; // a wrapper named "author-page", not a byline
      }
      String named = nameInside(e);
      String text = named != null ? named : e.text();
      if (text.isBlank() || text.length() > MAX_CHARS) {
        continue;
      }
      List<String> names = Names.split(text, siteName);
      if (!names.isEmpty()) {
        return Optional.of(names);
      }
    }
    return Optional.empty();
  }

  /**
   * The last resort when nothing names the author: the first link to an author's page ({@code
   * /author/jane-roe}, {@code /authors/jane-roe}) outside comments, asides and page footers, whose
   * text is a name; with the other author links of the same line ("Jane Roe and John Doe").
   */
  public static Optional<List<String>> authorPageLinks(PageIndex page, String siteName) {
    for (Element a : page.byTag("a")) {
      if (!isAuthorPageLink(a) || skip(a)) {
        continue;
      }
      String text = a.text();
      if (text.isBlank() || text.length() > MAX_CHARS) {
        continue;
      }
      List<String> names = new java.util.ArrayList<>(Names.split(text, siteName));
      if (names.isEmpty() && spelledByLink(a, text)) {
        names.addAll(Names.typedInLowerCase(text)); // "crazy lennys" of /author/crazylennys/
      }
      if (names.isEmpty()) {
        continue;
      }
      Element line = a.parent();
      if (line != null) {
        for (Element other : line.getElementsByTag("a")) {
          if (other != a && isAuthorPageLink(other)) {
            Names.split(other.text(), siteName).stream()
                .filter(n -> !names.contains(n))
                .forEach(names::add);
          }
        }
      }
      return Optional.of(List.copyOf(names));
    }
    return Optional.empty();
  }

  /**
   * Whether the link's text, letters and digits only, spells the last segment of its path ("crazy
   * lennys" for {@code /author/crazylennys/}, "ana de souza" for {@code /author/ana-de-souza}): the
   * site's display name of that author account, however it is typed.
   */
  static boolean spelledByLink(Element a, String text) {
    String href = a.attr("href");
    int end = href.length();
    while (end > 0 && href.charAt(end - 1) == '/') {
      end--;
    }
    int start = href.lastIndexOf('/', end - 1) + 1;
    String slug = lettersAndDigits(href.substring(start, end));
    return !slug.isEmpty() && slug.equals(lettersAndDigits(text));
  }

  private static String lettersAndDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Whether the link's path has an {@code author} or {@code authors} segment followed by a name.
   */
  static boolean isAuthorPageLink(Element a) {
    String href = a.attr("href");
    int at = href.indexOf("/author");
    while (at >= 0) {
      int end = at + "/author".length();
      if (end < href.length() && href.charAt(end) == 's') {
        end++;
      }
      if (end + 1 < href.length() && href.charAt(end) == '/' && href.charAt(end + 1) != '?') {
        return true;
      }
      at = href.indexOf("/author", at + 1);
    }
    return false;
  }

  /**
   * The part of a byline that holds the name, when it says so: microdata {@code itemprop=name}, a
   * link to the author's page, or an element whose class or id says "name" ("author-name"), so that
   * a job title, avatar caption or publication beside the name stays out ("Jane Roe, Privacy
   * Expert", "Jane Roe USA TODAY").
   */
  private static @Nullable String nameInside(Element byline) {
    Element itemprop = byline.selectFirst(ITEMPROP_NAME);
    if (itemprop != null) {
      return itemprop.text();
    }
    List<String> names = new java.util.ArrayList<>();
    int kind = 0;
    Element last = null;
    for (Element d : byline.getAllElements()) {
      if (d == byline || (last != null && d.parents().contains(last))) {
        continue;
      }
      int k = nameKind(d);
      if (k != 0 && (kind == 0 || k == kind) && !d.text().isBlank()) {
        kind = k;
        names.add(d.text());
        last = d;
      }
    }
    if (names.isEmpty()) {
      // a byline box around a smaller one ("byline-section" > "author" + "publication"): the inner
      for (Element d : byline.getAllElements()) {
        if (d != byline && isCandidate(d) && !d.text().isBlank()) {
          return d.text();
        }
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /** 1 for a link to an author's page, 2 for an element whose class or id says "name", else 0. */
  private static int nameKind(Element d) {
    if (d.nameIs("a") && (isAuthorPageLink(d) || d.attr("rel").equals("author"))) {
      return 1;
    }
    if (d.attributesSize() > 0
        && (containsIgnoreCase(d.className(), "name") || containsIgnoreCase(d.id(), "name"))) {
      return 2;
    }
    return 0;
  }

  /**
   * Whether the element may hold a byline: {@code <address>}, {@code itemprop} or {@code rel}
   * "author", or a class or id naming one of {@link #HINTS}.
   */
  public static boolean isCandidate(Element e) {
    return isCandidate(e, Bylines::namesByline);
  }

  /**
   * {@link #isCandidate} for every element of one page, as {@link PageIndex} runs it: the answer
   * for each class and id string is kept in a small table by hash, since lists and cards repeat the
   * same strings (a hash code is quicker than reading the string letter by letter, and the
   * class-hint judge needs it later anyway). One page, one thread.
   */
  public static java.util.function.Predicate<Element> candidateTest() {
    RecentNames recent = new RecentNames();
    return e -> isCandidate(e, recent::namesByline);
  }

  private static boolean isCandidate(Element e, java.util.function.Predicate<String> namesByline) {
    if (e.attributesSize() == 0) {
      return e.nameIs("address");
    }
    if (e.nameIs("address")) {
      return true;
    }
    // the parser writes attribute names in lower case: exact look-ups, cheaper than the
    // case-blind ones of attr(), className() and id() on every element of the page
    org.jsoup.nodes.Attributes a = e.attributes();
    if (a.get("itemprop").equals("author") || a.get("rel").equals("author")) {
      return true;
    }
    return namesByline.test(a.get("class")) || namesByline.test(a.get("id"));
  }

  /** The last answers of {@link #namesByline}, one per slot by hash. */
  private static final class RecentNames {
    private static final int SLOTS = 256;
    private final String[] names = new String[SLOTS];
    private final boolean[] answers = new boolean[SLOTS];

    boolean namesByline(String s) {
      if (s.isEmpty()) {
        return false;
      }
      int h = s.hashCode();
      int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
      String seen = names[slot];
      if (seen != null && (seen == s || (seen.hashCode() == h && seen.equals(s)))) {
        return answers[slot];
      }
      boolean answer = Bylines.namesByline(s);
      names[slot] = s;
      answers[slot] = answer;
      return answer;
    }
  }

  /**
   * Whether a class or id string contains one of {@link #HINTS} in any case. A scan rather than a
   * cache: most elements of a page have a class, and looking their strings up costs more than
   * reading them once, checking the few positions whose letter can start a hint.
   */
  private static boolean namesByline(String names) {
    for (int i = 0, n = names.length(); i < n; i++) {
      char c = names.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c >= 128) {
        continue; // no hint starts with 'i' or 'k', the only ASCII letters a non-ASCII one lowers
        // to
      }
      String[] hints = HINTS_BY_FIRST[c];
      if (hints == null) {
        continue;
      }
      for (String hint : hints) {
        if (i + hint.length() > n) {
          continue;
        }
        // an ASCII second letter settles most positions without a case-blind comparison
        char second = names.charAt(i + 1);
        if (second >= 'A' && second <= 'Z') {
          second = (char) (second + ('a' - 'A'));
        }
        if (second < 128 && second != hint.charAt(1)) {
          continue;
        }
        if (names.regionMatches(true, i, hint, 0, hint.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the element holds more than {@code max} characters of text (stops counting there). */
  private static boolean longerThan(Element e, int max) {
    int[] n = {0};
    org.jsoup.select.NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof org.jsoup.nodes.TextNode t) {
              n[0] += t.getWholeText().length();
            }
            return n[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    return n[0] > max;
  }

  /** Whether {@code text} contains the lower-case {@code word} in any case. */
  private static boolean containsIgnoreCase(String text, String word) {
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** Author boxes in comments, bios and meta tags are not bylines. */
  private static boolean skip(Element e) {
    if (e.nameIs("meta") || e.nameIs("link") || e.nameIs("html") || e.nameIs("body")) {
      return true;
    }
    if (names(e, OWN_EXCLUDED)) {
      return true;
    }
    // up to <body>: its classes describe the whole page ("no-sidebar", "comments-open")
    for (Element p = e.parent(); p != null && !p.nameIs("body"); p = p.parent()) {
      if (p.nameIs("aside") || names(p, CONTEXT_EXCLUDED)) {
        return true;
      }
      if (p.nameIs("article") || p.nameIs("main")) {
        return false; // an article's own footer names its author
      }
      if (p.nameIs("footer") && !e.attr("rel").equals("author")) {
        return true; // a page footer; a rel=author link in a post's meta footer still counts
      }
    }
    return false;
  }

  private static final List<String> OWN_EXCLUDED =
      List.of("comment", "bio", "avatar", "about", "related");
  private static final List<String> CONTEXT_EXCLUDED = List.of("comment", "related", "sidebar");

  /** Whether the element's class or id contains one of the words, in any case. */
  private static boolean names(Element e, List<String> words) {
    if (e.attributesSize() == 0) {
      return false;
    }
    String cls = e.className();
    String id = e.id();
    for (String w : words) {
      if (containsIgnoreCase(cls, w) || containsIgnoreCase(id, w)) {
        return true;
      }
    }
    return false;
  }
}
