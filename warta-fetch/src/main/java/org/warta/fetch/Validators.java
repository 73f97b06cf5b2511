package org.warta.fetch;

import java.util.Optional;

/**
 * The validators of a conditional GET (RFC 9110 section 13): the {@code ETag} sent back as {@code
 * If-None-Match} and the {@code Last-Modified} date sent back verbatim as {@code
 * If-Modified-Since}.
 */
public record Validators(Optional<String> etag, Optional<String> lastModified) {
  /** No validators: an unconditional request. */
  public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

  public Validators {
    etag = etag.filter(Validators::usable);
    lastModified = lastModified.filter(Validators::usable);
  }

  /** Blank values and values with control characters (never valid in a header) count as absent. */
  private static boolean usable(String value) {
    return !value.isBlank() && value.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f);
  }

  /** Validators from header values; blank or malformed values count as absent. */
  public static Validators of(String etag, String lastModified) {
    return new Validators(Optional.of(etag), Optional.of(lastModified));
  }

  /** Whether there is anything to send. */
  public boolean isEmpty() {
    return etag.isEmpty() && lastModified.isEmpty();
  }
}
