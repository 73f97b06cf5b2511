package org.warta.stories.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into words and numbers and numbers the sentences. Words are runs of letters (an
 * apostrophe between letters stays: {@code O'Brien}); numbers are runs of digits with {@code .} or
 * {@code ,} between digits ({@code 6,1}, {@code 3.500}); letters and digits glued together are cut
 * apart ({@code M6,1} gives {@code M} and {@code 6,1}, {@code Rp2,1} gives {@code Rp} and {@code
 * 2,1}) and ordinal suffixes go ({@code 81st} gives {@code 81}). Hyphens separate ({@code U-23},
 * {@code hit-and-run}). A sentence ends at a line break or at {@code . ! ?} before white space,
 * except after a title abbreviation ({@code Dr.}, {@code Mt.}) or a single capital ({@code U. S.}).
 */
public final class Tokenizer {
  private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "dr", "mr", "mrs", "ms", "st", "mt", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col",
          "capt", "prof", "no", "jl", "kec", "kab", "drs", "ir", "h", "hj", "inc", "corp", "co",
          "ltd", "vs", "sgt", "pt", "tbk");

  private Tokenizer() {}

  /** The tokens of a text, in order. */
  public static List<Token> tokens(String text) {
    return new Run(text).all();
  }

  /** One pass over one text. */
  private static final class Run {
    private final String text;
    private final List<Token> out = new ArrayList<>();

    /** Where the token being read starts (it runs to the current position); -1 when none. */
    private int start = -1;

    /** Whether that token holds an apostrophe written other than {@code '}. */
    private boolean otherApostrophe;

    private boolean digits;
    private boolean afterDigits;
    private int sentence;
    private boolean sentenceStart = true;

    Run(String text) {
      this.text = text;
    }

    List<Token> all() {
      int i = 0;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        int next = i + Character.charCount(c);
        int following = next < text.length() ? text.codePointAt(next) : ' ';
        step(c, following, i);
        i = next;
      }
      flush(text.length());
      return out;
    }

    /** Reads the character at {@code at}: it extends the token, or ends it. */
    private void step(int c, int following, int at) {
      if (Character.isLetter(c)) {
        if (digits) {
          flush(at);
          afterDigits = true;
        }
        extend(at);
      } else if (Character.isDigit(c)) {
        if (!digits && start >= 0) {
          flush(at);
        }
        digits = true;
        extend(at);
      } else if (isApostrophe(c) && !digits && start >= 0 && isLetter(following)) {
        otherApostrophe |= c != '\'';
      } else if ((c == '.' || c == ',') && digits && Character.isDigit(following)) {
        // a separator inside a number: part of the token
      } else {
        boolean endsSentence =
            c == '\n' || ((c == '.' || c == '!' || c == '?') && isBreak(following) && !abbrev(at));
        flush(at);
        afterDigits = false;
        if (endsSentence && !sentenceStart) {
          sentence++;
          sentenceStart = true;
        }
      }
    }

    private void extend(int at) {
      if (start < 0) {
        start = at;
      }
    }

    /** The token read so far, up to {@code end}, with every apostrophe written {@code '}. */
    private String current(int end) {
      if (start < 0) {
        return "";
      }
      String t = text.substring(start, end);
      return otherApostrophe ? t.replace('\u2019', '\'').replace('`', '\'') : t;
    }

    /** Whether the token being built is an abbreviation a full stop does not end a sentence on. */
    private boolean abbrev(int end) {
      String t = current(end);
      if (t.length() == 1 && Character.isUpperCase(t.charAt(0))) {
        return true;
      }
      return ABBREVIATIONS.contains(t.toLowerCase(Locale.ROOT));
    }

    private void flush(int end) {
      if (start < 0) {
        return;
      }
      String t = current(end);
      start = -1;
      otherApostrophe = false;
      boolean numeric = digits;
      digits = false;
      if (!numeric) {
        if (afterDigits && ORDINALS.contains(t.toLowerCase(Locale.ROOT))) {
          return;
        }
        t = withoutPossessive(t);
        if (t.isEmpty()) {
          return;
        }
      }
      out.add(new Token(t, sentence, sentenceStart, numeric));
      sentenceStart = false;
    }

    private static String withoutPossessive(String t) {
      if (t.endsWith("'s") || t.endsWith("'S")) {
        return t.substring(0, t.length() - 2);
      }
      return t.endsWith("'") ? t.substring(0, t.length() - 1) : t;
    }

    private static boolean isApostrophe(int c) {
      return c == '\'' || c == '\u2019' || c == '`';
    }

    private static boolean isLetter(int c) {
      return Character.isLetter(c);
    }

    private static boolean isBreak(int c) {
      return Character.isWhitespace(c) || c == '"' || c == '\u201D' || c == '\'' || c == ')';
    }
  }
}
