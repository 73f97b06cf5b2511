package org.warta.core;

/** Identity of a configured source, assigned by the store. */
public record SourceId(long value) {
  public SourceId {
    Check.positive(value, "source id");
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
