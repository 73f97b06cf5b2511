package org.warta.core;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A page as it came over the wire or out of an archive: the URL after redirects, the HTTP status
 * and headers, the undecoded body bytes and when it was fetched. The input of extraction.
 *
 * <p>The body array is not copied; treat it as read-only.
 */
public record RawPage(
    URI url, int status, ResponseHeaders headers, byte[] body, Instant fetchedAt) {

  public RawPage {
    Check.notNegative(status, "status");
  }

  /** A successfully fetched page (status 200) with the given headers. */
  public static RawPage of(URI url, ResponseHeaders headers, byte[] body, Instant fetchedAt) {
    return new RawPage(url, 200, headers, body, fetchedAt);
  }

  /** A page read from a local file or a test fixture: no headers, status 200, fetched now. */
  public static RawPage ofBytes(URI url, byte[] body) {
    return new RawPage(url, 200, ResponseHeaders.NONE, body, Instant.now());
  }

  /** The Content-Type header, if the server sent one. */
  public Optional<String> contentType() {
    return headers.first("content-type");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawPage p
        && url.equals(p.url)
        && status == p.status
        && headers.equals(p.headers)
        && java.util.Arrays.equals(body, p.body)
        && fetchedAt.equals(p.fetchedAt);
  }

  @Override
  public int hashCode() {
    return url.hashCode() * 31 + java.util.Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "RawPage[" + url + ", status " + status + ", " + body.length + " bytes]";
  }
}
