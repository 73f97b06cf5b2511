package org.warta.fetch.internal;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.warta.fetch.FetcherSettings;
import org.warta.fetch.Problem;
import org.warta.fetch.body.BodyLimitException;

/**
 * The one place where exceptions and HTTP statuses become {@link Problem}s with stable codes (style
 * rule 12): DNS, refused connection, TLS, timeouts, body limits, and 401/403/404/410/429/4xx/5xx.
 */
public final class FailureClassifier {
  private final FetcherSettings settings;

  public FailureClassifier(FetcherSettings settings) {
    this.settings = settings;
  }

  /** The problem behind an exception raised while fetching {@code url}. */
  public Problem classify(Throwable error, URI url) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof BodyLimitException b) {
        return body(b, url);
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return Problem.caused("fetch.dns", error, url);
      }
      if (t instanceof HttpConnectTimeoutException) {
        return Problem.caused("fetch.timeout", error, url, human(settings.connectTimeout()));
      }
      if (t instanceof HttpTimeoutException) {
        return Problem.caused("fetch.timeout", error, url, human(settings.readTimeout()));
      }
      if (t instanceof SSLException) {
        return Problem.caused("fetch.tls", error, url, brief(t));
      }
      if (t instanceof ConnectException && refused(t)) {
        return Problem.caused("fetch.connect-refused", error, url);
      }
      if (t instanceof NoRouteToHostException) {
        return Problem.caused("fetch.connect", error, url, brief(t));
      }
      if (t instanceof InterruptedIOException && !(t instanceof java.net.SocketTimeoutException)) {
        return Problem.caused("fetch.interrupted", error, url);
      }
      if (t instanceof java.net.SocketTimeoutException) {
        return Problem.caused("fetch.timeout", error, url, human(settings.readTimeout()));
      }
    }
    if (error instanceof ConnectException) {
      return Problem.caused("fetch.connect", error, url, brief(error));
    }
    if (error instanceof InterruptedException) {
      return Problem.caused("fetch.interrupted", error, url);
    }
    return Problem.caused("fetch.io", error, url, brief(error));
  }

  /** The problem of a final non-2xx, non-3xx, non-304 status. */
  public Problem status(int status, URI url, String retryAt) {
    return switch (status) {
      case 401 -> Problem.of("fetch.http-401", url);
      case 403 -> Problem.of("fetch.http-403", url, settings.userAgent());
      case 404 -> Problem.of("fetch.http-404", url);
      case 410 -> Problem.of("fetch.http-410", url);
      case 429 -> Problem.of("fetch.http-429", url, retryAt);
      default -> {
        if (status >= 500 && status < 600) {
          yield Problem.of("fetch.http-5xx", url, status);
        }
        if (status >= 400 && status < 500) {
          yield Problem.of("fetch.http-4xx", url, status);
        }
        yield Problem.of("fetch.http-status", url, status);
      }
    };
  }

  private Problem body(BodyLimitException b, URI url) {
    return switch (b.kind()) {
      case TOO_LARGE -> Problem.caused("fetch.too-large", b, url, b.limit());
      case BOMB -> Problem.caused("fetch.bomb", b, url, b.limit());
      case IDLE_TIMEOUT -> Problem.caused("fetch.timeout", b, url, human(settings.readTimeout()));
      case TOTAL_TIMEOUT -> Problem.caused("fetch.timeout", b, url, human(settings.totalTimeout()));
      case BAD_ENCODING -> Problem.caused("fetch.bad-encoding", b, url, brief(b));
    };
  }

  /**
   * The JDK client reports a refused connection as a ConnectException without a message (its cause
   * is a ClosedChannelException); the socket API says "Connection refused".
   */
  private static boolean refused(Throwable t) {
    String m = t.getMessage();
    return m == null
        || m.toLowerCase(Locale.ROOT).contains("refused")
        || t.getCause() instanceof java.nio.channels.ClosedChannelException;
  }

  private static String brief(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }

  /** "20 s", "1.5 s", "250 ms". */
  static String human(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
