package org.warta.fetch;

import java.net.URI;
import java.util.List;
import org.warta.core.Check;

/**
 * One thing to fetch: the URL, why ({@link Purpose}), the {@code Accept} values and which
 * validators to send. Build it with the named factories and refine with the {@code with*} methods:
 *
 * <pre>{@code
 * fetcher.fetch(FetchRequest.feed(url));                     // polling: stored validators
 * fetcher.fetch(FetchRequest.of(url, Purpose.PROBE));        // sources add: unconditional
 * fetcher.fetch(FetchRequest.page(url).withValidators(v));   // caller-kept validators
 * }</pre>
 *
 * @param url absolute http(s) URL
 * @param accept the {@code Accept} header values; the purpose's defaults unless changed
 * @param conditional which validators are sent
 * @param validators the validators sent when {@code conditional} is {@link Conditional#GIVEN}
 */
public record FetchRequest(
    URI url, Purpose purpose, List<String> accept, Conditional conditional, Validators validators) {

  public FetchRequest {
    Check.httpUrl(url, "fetch URL");
    accept = List.copyOf(accept);
    if (accept.isEmpty()) {
      throw new IllegalArgumentException("accept must list at least one media type for " + url);
    }
  }

  /** A request with the purpose's defaults: stored validators for feeds and sitemaps, else none. */
  public static FetchRequest of(URI url, Purpose purpose) {
    Conditional conditional =
        purpose == Purpose.FEED || purpose == Purpose.SITEMAP
            ? Conditional.STORED
            : Conditional.NONE;
    return new FetchRequest(url, purpose, purpose.defaultAccept(), conditional, Validators.NONE);
  }

  /** A feed poll with the stored validators. */
  public static FetchRequest feed(URI url) {
    return of(url, Purpose.FEED);
  }

  /** A sitemap poll with the stored validators. */
  public static FetchRequest sitemap(URI url) {
    return of(url, Purpose.SITEMAP);
  }

  /** An unconditional page fetch (robots.txt applies). */
  public static FetchRequest page(URI url) {
    return of(url, Purpose.PAGE);
  }

  /** The same request sending the given validators. */
  public FetchRequest withValidators(Validators given) {
    return new FetchRequest(url, purpose, accept, Conditional.GIVEN, given);
  }

  /** The same request without validators: the full body is always asked for. */
  public FetchRequest unconditional() {
    return new FetchRequest(url, purpose, accept, Conditional.NONE, Validators.NONE);
  }

  /** The same request sending the validators the store kept for this URL. */
  public FetchRequest withStoredValidators() {
    return new FetchRequest(url, purpose, accept, Conditional.STORED, Validators.NONE);
  }

  /** The same request with other {@code Accept} values. */
  public FetchRequest withAccept(List<String> types) {
    return new FetchRequest(url, purpose, types, conditional, validators);
  }
}
