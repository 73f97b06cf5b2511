/**
 * Article extraction: page bytes, URL and headers in ({@link org.warta.core.RawPage}), title,
 * credits, dates, language, lead image, sanitized body and related links out ({@link
 * org.warta.extract.Extraction}). Entry point: {@link org.warta.extract.Extractor#standard()}. Pure
 * functions, no I/O.
 */
@NullMarked
package org.warta.extract;

import org.jspecify.annotations.NullMarked;
