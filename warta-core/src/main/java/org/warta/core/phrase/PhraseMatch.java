package org.warta.core.phrase;

/**
 * A line recognised as boilerplate: its kind, the list entry that matched (as written in the
 * resource file) and, for kinds with a value ({@link PhraseKind#hasRemainder()}), the text after
 * the phrase with separators trimmed ("Baca juga: Harga cabai naik" gives {@code Harga cabai
 * naik}); otherwise the remainder is empty.
 */
public record PhraseMatch(PhraseKind kind, String phrase, String remainder) {}
