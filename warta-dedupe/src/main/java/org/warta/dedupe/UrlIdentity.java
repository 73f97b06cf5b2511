package org.warta.dedupe;

import org.warta.core.CanonicalUrl;
import org.warta.dedupe.text.Hash64;

/**
 * The hashes dedupe keeps of an article's URL, to resolve original hints: a 32-bit hash of its URL
 * identity (a hint naming a page) and a {@value #SITE_BITS}-bit key of its registrable domain (a
 * hint naming only a site, {@link #isSite}).
 */
final class UrlIdentity {
  /** Bits of {@link #siteKey}: what a group packs per member beside the sequence number. */
  static final int SITE_BITS = 20;

  private UrlIdentity() {}

  static int hash(CanonicalUrl url) {
    return (int) Hash64.of(url.identityKey());
  }

  /** The key of the URL's registrable domain ({@code www.news.example.co.id} → example.co.id). */
  static int siteKey(CanonicalUrl url) {
    return (int) (Hash64.of(url.registrableDomain()) >>> (64 - SITE_BITS));
  }

  /**
   * Whether a hint names a site rather than a page: its root, no query ({@code
   * https://mediaindonesia.com/}, what extraction reports for a publisher's promo line carried
   * along by a re-post).
   */
  static boolean isSite(CanonicalUrl hint) {
    String path = hint.value().getRawPath();
    return (path == null || path.isEmpty() || path.equals("/"))
        && hint.value().getRawQuery() == null;
  }
}
