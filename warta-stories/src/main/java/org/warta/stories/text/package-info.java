/**
 * Turns an article's title and text into the terms that story clustering compares: cleaning of
 * "read also" inserts and credit lines, tokens, named entities (by capitalisation), numbers
 * normalised across Indonesian and English writing ("6,1" = "6.1", "Rp2,1 triliun" = 2.1e12), light
 * stemming and a small bilingual lexicon that maps common news words of both languages to one
 * concept.
 */
@NullMarked
package org.warta.stories.text;

import org.jspecify.annotations.NullMarked;
