package org.warta.dedupe;

import org.warta.core.CanonicalUrl;
import org.warta.dedupe.text.Hash64;

/** The 32-bit hash dedupe keeps of an article's URL identity, to resolve original hints. */
final class UrlIdentity {
  private UrlIdentity() {}

  static int hash(CanonicalUrl url) {
    return (int) Hash64.of(url.identityKey());
  }
}
