/**
 * The sample's content as data: the plain-text block format ({@link
 * org.warta.sample.content.BlockParser}) in which publishers and event articles are written, and
 * the library of those files on the class path ({@link org.warta.sample.content.ContentLibrary}).
 */
@NullMarked
package org.warta.sample.content;

import org.jspecify.annotations.NullMarked;
