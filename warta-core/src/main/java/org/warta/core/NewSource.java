package org.warta.core;

import java.net.URI;

/** A source about to be added to the store (which assigns its id). */
public record NewSource(
    String name, URI url, URI homeUrl, SourceKind kind, Language language, DisplayPolicy display) {

  public NewSource {
    Check.notBlank(name, "source name");
  }

  /** A source with the given name and URL whose home is the URL's origin. */
  public static NewSource of(String name, URI url, SourceKind kind) {
    URI home = url.getHost() == null ? url : url.resolve("/");
    return new NewSource(name, url, home, kind, Language.UNDETERMINED, DisplayPolicy.EXCERPT);
  }
}
