package org.warta.stories.text;

/**
 * A language-neutral meaning from the bilingual lexicon ({@code gempa} and {@code earthquake} are
 * both {@code quake}).
 *
 * @param name the concept's name, used as the shared term
 * @param kind what sort of word it is, which decides whether a capitalised form is a named entity
 */
public record Concept(String name, Kind kind) {

  /** The sorts of lexicon entries. */
  public enum Kind {
    /** An ordinary word; capitalised mid-sentence it is also part of a name ("Bank Indonesia"). */
    WORD,
    /** A country or region whose name differs between the languages ({@code Jepang}/Japan). */
    PLACE,
    /** A weekday or month: capitalised by convention, never a named entity. */
    TIME,
    /** An abbreviation of a word ({@code Mt} for mount). */
    ABBR
  }
}
