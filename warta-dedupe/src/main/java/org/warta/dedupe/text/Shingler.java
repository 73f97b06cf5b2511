package org.warta.dedupe.text;

/**
 * Turns an article's title and plain-text body into {@link Shingles}: cleans the body ({@link
 * TextCleaner}) and, when the body has fewer than {@value #TITLE_FALLBACK_TOKENS} words left (a
 * page that is mostly a headline, a feed item without text), puts the title without its site name
 * in front, so that such short items can still be matched, and only on their whole text.
 */
public final class Shingler {
  /** Bodies shorter than this (in words, after cleaning) are compared together with the title. */
  public static final int TITLE_FALLBACK_TOKENS = 30;

  private final TextCleaner cleaner;

  public Shingler(TextCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /** The shingles of an article and the wire credit its text carries. */
  public Result shingle(String title, String body) {
    CleanText clean = cleaner.clean(body);
    Tokens tokens = new Tokens();
    for (String line : clean.lines()) {
      tokens.add(line);
    }
    if (tokens.size() < TITLE_FALLBACK_TOKENS) {
      Tokens withTitle = new Tokens();
      withTitle.add(TitleText.withoutSiteName(title));
      for (String line : clean.lines()) {
        withTitle.add(line);
      }
      tokens = withTitle;
    }
    return new Result(Shingles.of(tokens), clean);
  }

  /** Shingles plus the cleaned text they came from. */
  public record Result(Shingles shingles, CleanText text) {}
}
