package org.warta.warc;

import org.warta.core.RawPage;

/**
 * A capture read from an archive: the page, and the byte position where its record starts in the
 * file (pass it to {@link WarcArchive#open} as {@code resumeAfter} to continue after this page).
 */
public record ArchivedPage(RawPage page, long position) {}
