package org.warta.feed;

import java.net.URI;

/**
 * A document that cannot be read as the input it was supposed to be (feed, sitemap, OPML). The
 * message names the URL, says what is wrong and what the user can do; {@link #problem()} classifies
 * it once so that callers can count, retry or pause a source without parsing messages.
 */
public final class FeedException extends RuntimeException {

  /** Why a document was not read. */
  public enum Problem {
    /** Not well-formed XML or JSON; the publisher has to fix the document. */
    MALFORMED("is not well-formed", "the publisher has to fix it; Warta will try again later"),
    /** Well-formed, but not the kind of document expected (e.g. an HTML page instead of a feed). */
    NOT_A_FEED(
        "is not a feed", "check the URL: it may be a web page (try discovery) or a moved feed"),
    /** A DTD declares entities (XXE or entity-expansion attack, or a very unusual feed). */
    DTD_REFUSED(
        "declares DTD entities, which Warta refuses to expand (XXE / entity-expansion protection)",
        "if this is a real feed, ask the publisher to drop the inline DTD"),
    /** The document is larger than the configured limit (or decompresses beyond it). */
    TOO_LARGE("is larger than Warta's limit", "raise the size limit if this source is trusted"),
    /** Nested deeper or with more elements than any real document. */
    TOO_COMPLEX(
        "is nested too deeply or has too many elements", "check the URL; this is no real feed");

    private final String what;
    private final String advice;

    Problem(String what, String advice) {
      this.what = what;
      this.advice = advice;
    }
  }

  private final Problem problem;
  private final URI url;

  /**
   * @param detail the technical detail (parser message, position), kept in the message for logs
   */
  public FeedException(Problem problem, URI url, String detail, Throwable cause) {
    super(message(problem, url, detail), cause);
    this.problem = problem;
    this.url = url;
  }

  public FeedException(Problem problem, URI url, String detail) {
    super(message(problem, url, detail));
    this.problem = problem;
    this.url = url;
  }

  private static String message(Problem problem, URI url, String detail) {
    String suffix = detail.isBlank() ? "" : " (" + detail + ")";
    return "The document at " + url + " " + problem.what + suffix + ": " + problem.advice + ".";
  }

  /** The classification of this failure. */
  public Problem problem() {
    return problem;
  }

  /** The URL of the document that failed. */
  public URI url() {
    return url;
  }
}
