package org.warta.extract.metadata;

/**
 * A value and where it was found, e.g. {@code ("Harga cabai naik", "og:title")}; the source becomes
 * the field's entry in {@code Extraction.provenance()}.
 */
public record Sourced<T>(T value, String source) {}
