/**
 * Phrases that several stages must recognise in article text, kept as data: wire-agency names
 * ({@link org.warta.core.phrase.WireAgencies}) and boilerplate lines per language such as "Baca
 * juga", "Read more", promo and share lines ({@link org.warta.core.phrase.BoilerplatePhrases}).
 * Extraction uses them to clean bodies; dedupe uses them to ignore what every copy adds. The lists
 * live in resource files next to this package ({@code org/warta/core/phrase/*.tsv}); every entry
 * has an example in the test fixtures.
 */
@NullMarked
package org.warta.core.phrase;

import org.jspecify.annotations.NullMarked;
