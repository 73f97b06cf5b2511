package org.warta.core;

import java.net.URI;

/** A hyperlink with its visible text, e.g. a "Baca juga" (read also) link found in an article. */
public record Link(URI url, String text) {}
