package org.warta.store;

import java.util.Optional;

/**
 * A position in a newest-first list: the sort time and id of the last item seen. Encoded as an
 * opaque token for URLs ({@code <millis>.<id>}).
 */
public record Cursor(long sortTime, long id) {

  public String token() {
    return Long.toString(sortTime, 36) + "." + Long.toString(id, 36);
  }

  /** Reads a token made by {@link #token()}; empty when it is not one. */
  public static Optional<Cursor> parse(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot == token.length() - 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Cursor(
              Long.parseLong(token.substring(0, dot), 36),
              Long.parseLong(token.substring(dot + 1), 36)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
