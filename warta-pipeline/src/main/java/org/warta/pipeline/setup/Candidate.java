package org.warta.pipeline.setup;

import org.warta.core.NewSource;

/**
 * A source {@code sources add} would add (and {@code discover} shows), with one line saying what it
 * is and how it was found, e.g. "RSS 2.0 feed 'Kabar Nusa' (20 entries), linked from the home
 * page".
 */
public record Candidate(NewSource source, String description) {}
