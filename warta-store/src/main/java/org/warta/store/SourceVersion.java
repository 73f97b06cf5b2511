package org.warta.store;

/**
 * What changes whenever anything of a source's articles does: how many it has and the newest change
 * sequence number among them (an insert, an edit, a story or group assignment bumps it; a purge
 * lowers the count). Equal versions mean the source's stored articles are the same.
 *
 * @param articles the number of stored articles of the source
 * @param lastChange the highest change sequence number among them, 0 when there are none
 */
public record SourceVersion(long articles, long lastChange) {}
