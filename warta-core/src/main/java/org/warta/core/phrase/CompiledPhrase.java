package org.warta.core.phrase;

import java.util.List;
import java.util.Optional;

/**
 * A {@link Phrase} ready for matching, applying its kind's rule (see {@link PhraseKind}) to a line
 * given both cleaned ({@link LineText#clean}) and normalised ({@link LineText#normalize}).
 */
final class CompiledPhrase {
  /** Longest line (in words) that a promo pattern may match: body paragraphs are longer. */
  static final int MAX_PROMO_WORDS = 60;

  /** Longest value after a name label without a colon ("By John Smith"). */
  static final int MAX_BARE_NAME_WORDS = 8;

  /** Longest headline after a related phrase without punctuation ("Baca juga Harga naik"). */
  static final int MAX_BARE_HEADLINE_WORDS = 20;

  /**
   * Most words one {@code …} gap may stand for in a whole-line pattern ("Halaman … Selanjutnya").
   */
  static final int MAX_GAP_WORDS = 6;

  /** What a whole-line match ignores at the end of a line: punctuation, arrows, counts "(3)". */
  private static final String TRAILING = " :：.!…»›>|-–—()0123456789";

  private final Phrase phrase;
  private final List<String> parts;
  private final int maxWholeWords;

  /** The character pairs a matching line must hold (see {@link Bigrams}). */
  private final Bigrams.Sparse required;

  CompiledPhrase(Phrase phrase) {
    this.phrase = phrase;
    this.parts = phrase.parts();
    this.required =
        Bigrams.Sparse.of(
            switch (phrase.kind()) {
              case LABEL, SECTION, PROMO -> Bigrams.of(parts);
              case RELATED, AUTHOR, EDITOR, PHOTO -> Bigrams.of(parts.getFirst());
            });
    int literalWords = 0;
    for (String part : parts) {
      literalWords += LineText.words(part.strip());
    }
    this.maxWholeWords = literalWords + MAX_GAP_WORDS * (parts.size() - 1);
  }

  Phrase phrase() {
    return phrase;
  }

  /** The character pairs a matching line must hold, as {@link #mayMatch} reads them. */
  Bigrams.Sparse required() {
    return required;
  }

  Optional<PhraseMatch> match(String cleaned, String normalized) {
    return match(cleaned, normalized, LineText.words(cleaned));
  }

  /** Matches a line given cleaned, normalised and its word count (computed once per line). */
  Optional<PhraseMatch> match(String cleaned, String normalized, int words) {
    return switch (phrase.kind()) {
      case LABEL, SECTION -> whole(normalized, words) ? found("") : Optional.empty();
      case PROMO -> promo(normalized, words) ? found("") : Optional.empty();
      case RELATED, AUTHOR, EDITOR, PHOTO -> labelled(cleaned, normalized);
    };
  }

  /**
   * False when a normalised line with these {@link Bigrams} cannot match (it lacks a character pair
   * of the literal text the match needs); true when it may.
   */
  boolean mayMatch(long[] lineBigrams) {
    return required.mayBeIn(lineBigrams);
  }

  private Optional<PhraseMatch> found(String remainder) {
    return Optional.of(new PhraseMatch(phrase.kind(), phrase.pattern(), remainder));
  }

  /** Whether this phrase matches whole lines with a single literal (an exact lookup). */
  boolean isExactWhole() {
    return (phrase.kind() == PhraseKind.LABEL || phrase.kind() == PhraseKind.SECTION)
        && parts.size() == 1;
  }

  /** The first literal part, normalised: the exact key or the prefix of the line. */
  String head() {
    return parts.getFirst();
  }

  /** A normalised line without what whole-line matching ignores at its end. */
  static String wholeKey(String normalized) {
    return normalized.substring(0, wholeKeyLength(normalized));
  }

  /** The length of {@link #wholeKey}. */
  static int wholeKeyLength(String normalized) {
    int end = normalized.length();
    while (end > 0 && TRAILING.indexOf(normalized.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** The whole line, minus trailing punctuation, matches the pattern. */
  private boolean whole(String normalized, int words) {
    String line = wholeKey(normalized);
    if (parts.size() == 1) {
      return line.equals(parts.getFirst());
    }
    return words <= maxWholeWords
        && line.startsWith(parts.getFirst())
        && line.endsWith(parts.getLast())
        && inOrder(line, parts.getFirst().length(), line.length() - parts.getLast().length());
  }

  private boolean promo(String normalized, int words) {
    if (words > MAX_PROMO_WORDS) {
      return false;
    }
    int from = normalized.indexOf(parts.getFirst());
    return from >= 0 && inOrder(normalized, from + parts.getFirst().length(), normalized.length());
  }

  /** The middle parts occur in order between {@code from} and {@code to}. */
  private boolean inOrder(String line, int from, int to) {
    int at = from;
    for (int i = 1; i < parts.size() - (phrase.kind() == PhraseKind.PROMO ? 0 : 1); i++) {
      int next = line.indexOf(parts.get(i), at);
      if (next < 0 || next + parts.get(i).length() > to) {
        return false;
      }
      at = next + parts.get(i).length();
    }
    return at <= to;
  }

  /** The line starts with the phrase; the rest (after separators) is the value. */
  private Optional<PhraseMatch> labelled(String cleaned, String normalized) {
    String head = parts.getFirst();
    if (!normalized.startsWith(head)) {
      return Optional.empty();
    }
    int i = head.length();
    if (gluedHyphen(cleaned, i)) {
      return Optional.empty(); // "Foto-foto kerusakan ..." is a word, not "Foto - ..."
    }
    boolean punctuated = false;
    while (i < cleaned.length()
        && (cleaned.charAt(i) == ' ' || LineText.isSeparator(cleaned.charAt(i)))) {
      punctuated |= cleaned.charAt(i) != ' ';
      i++;
    }
    boolean boundary =
        i > head.length()
            || i == cleaned.length()
            || head.isEmpty()
            || LineText.isSeparator(head.charAt(head.length() - 1));
    if (!boundary) {
      return Optional.empty();
    }
    String rest = cleaned.substring(i).strip();
    return acceptable(rest, punctuated) ? found(rest) : Optional.empty();
  }

  private static boolean gluedHyphen(String cleaned, int i) {
    return i + 1 < cleaned.length()
        && "-–".indexOf(cleaned.charAt(i)) >= 0
        && Character.isLetterOrDigit(cleaned.charAt(i + 1));
  }

  private boolean acceptable(String rest, boolean punctuated) {
    if (!punctuated && !rest.isEmpty() && phrase.needsSeparator()) {
      return false;
    }
    if (punctuated || rest.isEmpty()) {
      return phrase.kind() == PhraseKind.RELATED || !rest.isEmpty();
    }
    int words = LineText.words(rest);
    if (phrase.kind() == PhraseKind.RELATED) {
      return words <= MAX_BARE_HEADLINE_WORDS;
    }
    char last = rest.charAt(rest.length() - 1);
    return words <= MAX_BARE_NAME_WORDS && last != '.' && last != '!' && last != '?';
  }
}
