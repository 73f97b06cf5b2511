package org.warta.langid.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.warta.langid.script.ScriptHistogram;

/**
 * The part of a text that language identification reads: its words as maximal runs of letters
 * (Unicode general category L; digits, punctuation, marks and symbols separate words), lower-cased
 * and in Unicode normalisation form C, plus the script of every letter. Bounded whatever the input:
 * at most {@link #MAX_CHARS} characters are looked at and at most {@link #MAX_LETTERS} letters
 * kept, so a 20 MB page costs no more than a long article.
 */
public record TextSample(List<String> words, ScriptHistogram scripts, int letters) {
  /** Characters of the input that are looked at. */
  public static final int MAX_CHARS = 20_000;

  /**
   * Letters kept: about 170 words, far more than the models need to decide (a 20-word paragraph is
   * enough), few enough to keep detection well under a millisecond per article.
   */
  public static final int MAX_LETTERS = 1_000;

  public TextSample {
    words = List.copyOf(words);
  }

  /**
   * Characters read first: enough for {@link #MAX_LETTERS} letters in most texts. When they are
   * not, the window grows by this factor until {@link #MAX_CHARS}.
   */
  private static final int FIRST_WINDOW = 2_048;

  /**
   * Reads the first {@link #MAX_CHARS} characters of {@code text}.
   *
   * <p>The first {@link #MAX_LETTERS} letters usually lie in the first few thousand characters, so
   * a shorter prefix is copied and normalised first, cut before an ASCII character: ASCII
   * characters are starters that never compose with what precedes them, so normalising the text
   * there in two pieces gives the same characters as normalising it whole. The prefix's sample is
   * that of the whole window when it holds enough letters; otherwise a longer one is read.
   */
  public static TextSample of(CharSequence text) {
    int end = Math.min(text.length(), MAX_CHARS);
    for (int window = FIRST_WINDOW; window < end; window *= 4) {
      int cut = window;
      while (cut < end && text.charAt(cut) >= 0x80) {
        cut++;
      }
      if (cut >= end) {
        break;
      }
      TextSample sample = read(text, cut);
      if (sample.letters >= MAX_LETTERS) {
        return sample;
      }
    }
    return read(text, end);
  }

  /** The sample of the first {@code end} characters of {@code text}, normalised to NFC. */
  private static TextSample read(CharSequence text, int end) {
    String window = text.subSequence(0, end).toString();
    if (!Normalizer.isNormalized(window, Normalizer.Form.NFC)) {
      window = Normalizer.normalize(window, Normalizer.Form.NFC);
    }
    List<String> words = new ArrayList<>();
    ScriptHistogram.Counter scripts = new ScriptHistogram.Counter();
    StringBuilder word = new StringBuilder();
    int letters = 0;
    for (int i = 0; i < window.length() && letters < MAX_LETTERS; ) {
      int cp = window.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
        scripts.add(cp);
        letters++;
      } else if (!word.isEmpty()) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return new TextSample(words, scripts.histogram(), letters);
  }
}
