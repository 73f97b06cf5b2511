package org.warta.store;

import java.time.Instant;

/**
 * How far an archive import got: the byte position of the next record to read, the records done and
 * whether the file is finished.
 */
public record Checkpoint(String file, long position, long records, boolean done, Instant updated) {}
