package org.warta.dedupe.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.core.WireCredit;
import org.warta.core.phrase.BoilerplatePhrases;
import org.warta.core.phrase.ClosingCredit;
import org.warta.core.phrase.PhraseKind;
import org.warta.core.phrase.PhraseMatch;
import org.warta.core.phrase.WireAgencies;

/**
 * Removes from article text what copies of one story add, drop or change, so that only the story
 * itself is compared (issue 5, "Known pitfalls"):
 *
 * <ul>
 *   <li>lines the shared phrase lists ({@link BoilerplatePhrases}) recognise: "Baca juga / Read
 *       also" inserts carrying other stories' headlines, promo and share lines, copyright,
 *       reporter/editor/photo credits, labels;
 *   <li>the list after a section heading ("Related articles", "Terkini Lainnya") or an empty "Baca
 *       juga:" box: bulleted or short lines, until the next real paragraph;
 *   <li>navigation bars ("Home | News | World", all-capital menus) and lines of at most three words
 *       ("Selengkapnya...", "(Story continues)");
 *   <li>a dateline opening the first paragraph and a closing credit ending any paragraph, whose
 *       agency is kept as the text's wire credit;
 *   <li>republication notices ("Artikel ini telah tayang di … klik untuk baca: https://…", {@link
 *       SyndicationLines}), whose URL is kept as a named original.
 * </ul>
 *
 * Stateless and thread-safe; hostile input costs time linear in its length.
 */
public final class TextCleaner {
  /** List items after a section heading are bulleted or at most this many words. */
  static final int LIST_ITEM_MAX_WORDS = 12;

  /** Lines of at most this many words are labels, not text. */
  static final int MAX_LABEL_WORDS = 3;

  /** Longer lines are paragraphs: boilerplate phrases are only looked for in shorter ones. */
  static final int MAX_BOILERPLATE_WORDS = 40;

  /** In a long line, the colon of a "Read also:" phrase comes within this many characters. */
  private static final int LONG_INSERT_COLON = 40;

  /** Navigation menus: at least this many separated segments of few words each. */
  private static final int NAV_MIN_SEGMENTS = 3;

  private static final String BULLETS = "-–—•·*»›▪●■◆▶►→";

  private final BoilerplatePhrases phrases;

  private TextCleaner(BoilerplatePhrases phrases) {
    this.phrases = phrases;
  }

  /** A cleaner using every language's phrase list (copies mix languages in their chrome). */
  public static TextCleaner allLanguages() {
    return new TextCleaner(BoilerplatePhrases.all());
  }

  /** Cleans a plain-text body whose paragraphs (or sentences) are separated by line breaks. */
  public CleanText clean(String body) {
    State state = new State();
    int start = 0;
    for (int i = 0; i <= body.length(); i++) {
      if (i == body.length() || isLineBreak(body.charAt(i))) {
        String line = body.substring(start, i).strip();
        if (!line.isEmpty()) {
          state.accept(line);
        }
        start = i + 1;
      }
    }
    return new CleanText(state.kept, state.credit, state.sources);
  }

  /**
   * The characters of the regular expression {@code \R} ({@code \r\n} gives an empty line between
   * its two characters, which is skipped like every blank line).
   */
  private static boolean isLineBreak(char c) {
    return switch (c) {
      case '\n', '\u000B', '\f', '\r', '\u0085', '\u2028', '\u2029' -> true;
      default -> false;
    };
  }

  /** The cleaner's progress through one text. */
  private final class State {
    final List<String> kept = new ArrayList<>();
    Optional<WireCredit> credit = Optional.empty();
    final List<URI> sources = new ArrayList<>();
    boolean inList;

    void accept(String raw) {
      String line = raw;
      Optional<URI> source = SyndicationLines.source(line);
      if (source.isPresent()) {
        if (!sources.contains(source.get())) {
          sources.add(source.get());
        }
        return;
      }
      int words = Tokens.count(line);
      Optional<PhraseMatch> phrase =
          words <= MAX_BOILERPLATE_WORDS ? phrases.match(line) : longInsert(line);
      if (phrase.isPresent()) {
        inList = opensList(phrase.get());
        return;
      }
      if (inList && (isBulleted(line) || words <= LIST_ITEM_MAX_WORDS)) {
        return;
      }
      inList = words <= 4 && line.endsWith(":");
      boolean changed = false; // a dateline or closing credit cut off: count the words again
      if (kept.isEmpty()) {
        Optional<Datelines.Dateline> dateline = Datelines.find(line);
        if (dateline.isPresent()) {
          credit = credit.or(dateline.get()::credit);
          line = line.substring(dateline.get().length()).strip();
          changed = true;
        }
      }
      Optional<ClosingCredit> closing = WireAgencies.closingCredit(line);
      if (closing.isPresent()) {
        credit = credit.or(closing.get()::agency);
        line = line.substring(0, closing.get().start()).strip();
        changed = true;
      }
      if (!inList && isText(line, changed ? Tokens.count(line) : words)) {
        kept.add(line);
      }
    }
  }

  /** Whether a line (dateline and credit removed) is text rather than a label, menu or notice. */
  private static boolean isText(String line, int words) {
    return words > MAX_LABEL_WORDS && !isNavigation(line, words) && !isCopyright(line);
  }

  /** A short line with a copyright sign: "© 2024 Example Media", "Hak Cipta © ...". */
  private static boolean isCopyright(String line) {
    return line.indexOf('©') >= 0 && line.length() <= 240;
  }

  /**
   * A long line is only boilerplate when it is a "Read also:" insert carrying a long headline: the
   * phrase before a colon near its start is matched alone (cheap, and promo or label phrases never
   * span paragraphs that long).
   */
  private Optional<PhraseMatch> longInsert(String line) {
    int colon = line.indexOf(':');
    if (colon < 0 || colon > LONG_INSERT_COLON) {
      return Optional.empty();
    }
    return phrases
        .match(line.substring(0, colon + 1) + " x")
        .filter(m -> m.kind() == PhraseKind.RELATED);
  }

  private static boolean opensList(PhraseMatch match) {
    return match.kind() == PhraseKind.SECTION
        || (match.kind() == PhraseKind.RELATED && match.remainder().isBlank());
  }

  private static boolean isBulleted(String line) {
    return BULLETS.indexOf(line.charAt(0)) >= 0
        && line.length() > 1
        && Character.isWhitespace(line.charAt(1));
  }

  /** "Home | News | World", "Berita • Terkini • Populer" or an all-capital menu line. */
  static boolean isNavigation(String line, int words) {
    int segments = 1;
    for (int i = 0; i < line.length(); i++) {
      switch (line.charAt(i)) {
        case '|', '•', '·', '»', '›' -> segments++;
        default -> {}
      }
    }
    if (segments >= NAV_MIN_SEGMENTS && words <= 3 * segments) {
      return true;
    }
    return words <= 8 && isAllCapitals(line) && !endsSentence(line);
  }

  private static boolean isAllCapitals(String line) {
    boolean letters = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isUpperCase(c);
    }
    return letters;
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
  }
}
