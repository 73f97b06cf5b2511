/**
 * The character n-gram model: its compact in-memory tables, its file format and the scoring of a
 * text sample against every language.
 */
@NullMarked
package org.warta.langid.model;

import org.jspecify.annotations.NullMarked;
