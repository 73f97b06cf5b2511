package org.warta.store;

/** A section name as publishers print it ("Nasional", "World") and how many articles it has. */
public record SectionCount(String name, long articles) {}
