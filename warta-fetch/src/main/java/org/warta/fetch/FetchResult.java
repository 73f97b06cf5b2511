package org.warta.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warta.core.RawPage;

/**
 * The outcome of one {@link Fetcher#fetch(FetchRequest)}: expected outcomes are values (style rule
 * 11), so callers {@code switch} over them; exceptions are left for bugs.
 *
 * <pre>{@code
 * switch (fetcher.fetch(FetchRequest.feed(url))) {
 *   case FetchResult.Fetched f -> parse(f.page());
 *   case FetchResult.NotModified n -> nothingNew();
 *   case FetchResult.Blocked b -> skip(b.problem());
 *   case FetchResult.Failed f -> recordError(f.problem());
 * }
 * }</pre>
 */
public sealed interface FetchResult {

  /** The URL that was requested (before redirects). */
  URI url();

  /**
   * A 2xx response whose body was read completely and within limits.
   *
   * @param page the final URL after redirects, status, headers and the decompressed body ({@code
   *     Content-Encoding} already removed: the headers no longer carry it)
   * @param redirects the URLs redirected through, in order, without the requested and final ones
   * @param validators the validators to send next time (also kept in the store)
   */
  record Fetched(URI url, RawPage page, List<URI> redirects, Validators validators)
      implements FetchResult {
    public Fetched {
      redirects = List.copyOf(redirects);
    }
  }

  /** 304: the representation did not change since the validators that were sent. */
  record NotModified(URI url, URI finalUrl, Validators validators) implements FetchResult {}

  /**
   * No request was sent to the URL, for the {@code reason} given.
   *
   * @param until when the block ends, for time-bound reasons (Retry-After, backoff, paused origin)
   */
  record Blocked(URI url, BlockReason reason, Problem problem, Optional<Instant> until)
      implements FetchResult {}

  /**
   * The request went out (or was attempted) and failed.
   *
   * @param status the HTTP status when a response arrived, else 0
   * @param retryAt when this URL may be asked again (Retry-After or backoff), if limited
   */
  record Failed(URI url, Problem problem, int status, Optional<Instant> retryAt)
      implements FetchResult {}

  /** The problem of a blocked or failed fetch, or empty for a success. */
  default Optional<Problem> failure() {
    return switch (this) {
      case Blocked b -> Optional.of(b.problem());
      case Failed f -> Optional.of(f.problem());
      case Fetched f -> Optional.empty();
      case NotModified n -> Optional.empty();
    };
  }

  /** Whether the fetch succeeded (a body or a confirmed "not modified"). */
  default boolean isSuccess() {
    return this instanceof Fetched || this instanceof NotModified;
  }
}
