package org.warta.stories.text;

/**
 * One word or number of a text, as {@link Tokenizer} cut it.
 *
 * @param text the token as written (case kept; possessive {@code 's} removed)
 * @param sentence the index of its sentence in the text (0 for the first)
 * @param sentenceStart whether it is the first token of its sentence
 * @param numeric whether it is a number ({@code 23}, {@code 6,1}, {@code 1.250}, {@code 12.4})
 * @param lower the text in lower case (computed once)
 */
public record Token(
    String text, int sentence, boolean sentenceStart, boolean numeric, String lower) {

  /** A token; its lower-case form is derived. */
  public Token(String text, int sentence, boolean sentenceStart, boolean numeric) {
    this(text, sentence, sentenceStart, numeric, text.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the first character is an upper-case letter. */
  public boolean capitalised() {
    return !numeric && Character.isUpperCase(text.codePointAt(0));
  }

  /** Whether every letter is upper case (an acronym such as {@code BMKG}, or shouting). */
  public boolean allUpper() {
    if (numeric) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }
}
