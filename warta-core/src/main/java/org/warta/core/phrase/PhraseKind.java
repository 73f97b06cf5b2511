package org.warta.core.phrase;

/**
 * What a recognised boilerplate line is, and therefore what a stage should do with it. Each kind
 * has its own matching rule, described on the constant; {@link BoilerplatePhrases} applies them.
 */
public enum PhraseKind {
  /**
   * An inline "read also" insert: "Baca juga: &lt;headline&gt;", "Read more: ...", "Lihat juga".
   * Matches when the line starts with the phrase; the remainder is the linked headline (may be
   * empty when the phrase heads a box of links).
   */
  RELATED,
  /**
   * A promotional or social line: "Cek berita dan artikel ... di Google News", "Follow us on ...",
   * newsletter pitches. Matches when the phrase's parts occur in order anywhere in a short line.
   */
  PROMO,
  /**
   * A line that is boilerplate as a whole: "Advertisement", "Lihat Foto", "0 Shares". Matches the
   * whole line, ignoring case and trailing punctuation.
   */
  LABEL,
  /**
   * The heading of a block that is not the article: "Terkini Lainnya", "Related articles", "Berita
   * Terpopuler". Matches the whole line like {@link #LABEL}; what follows it is not article text.
   */
  SECTION,
  /**
   * A credit line naming the writer: "Penulis : X", "Reporter: X", "By X". Matches when the line
   * starts with the phrase; the remainder is the name(s), not validated.
   */
  AUTHOR,
  /**
   * A credit line naming the editor: "Editor : X", "Redaktur : X". Matched like {@link #AUTHOR}.
   */
  EDITOR,
  /** A photo credit line: "Foto: X", "Photo: X". Matched like {@link #AUTHOR}. */
  PHOTO;

  /** Whether this kind carries a value after the phrase (a headline or a name). */
  public boolean hasRemainder() {
    return this == RELATED || this == AUTHOR || this == EDITOR || this == PHOTO;
  }
}
