/**
 * Article metadata from the page head and markup: JSON-LD (schema.org, including {@code @graph} and
 * misused types), OpenGraph and other {@code <meta>} tags, microdata, {@code <time>} elements,
 * visible date lines and URL dates. Every value carries where it came from.
 */
@NullMarked
package org.warta.extract.metadata;

import org.jspecify.annotations.NullMarked;
