package org.warta.fetch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.warta.core.ResponseHeaders;
import org.warta.fetch.FetcherSettings;
import org.warta.fetch.Validators;
import org.warta.fetch.body.BodyLimitException;
import org.warta.fetch.body.BodyStream;

/**
 * One HTTP GET without following redirects: identifying User-Agent, Accept, {@code Accept-Encoding:
 * gzip, deflate} (decoded by the fetcher, not the client), the validators of a conditional request,
 * and the read/total deadlines. The body is left unread in the returned {@link Response} so that
 * the caller decides whether to read or drop it.
 */
public final class Exchange {
  private final HttpClient client;
  private final FetcherSettings settings;

  public Exchange(HttpClient client, FetcherSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /** A response whose body has not been read; closing it drops the body. */
  public record Response(URI url, int status, ResponseHeaders headers, InputStream body)
      implements AutoCloseable {
    @Override
    public void close() throws IOException {
      body.close();
    }

    /** The first value of a header, or "". */
    public String header(String name) {
      return headers.first(name).orElse("");
    }
  }

  /**
   * Sends the request and waits for the headers, at most the read timeout and never past {@code
   * deadlineNanos}.
   */
  public Response send(URI url, List<String> accept, Validators validators, long deadlineNanos)
      throws IOException, InterruptedException {
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) {
      throw new BodyLimitException(
          BodyLimitException.Kind.TOTAL_TIMEOUT, 0, "total timeout before the request was sent");
    }
    Duration headerWait = Duration.ofNanos(Math.min(remaining, settings.readTimeout().toNanos()));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(headerWait)
            .header("User-Agent", settings.userAgent())
            .header("Accept", String.join(", ", accept))
            .header("Accept-Encoding", "gzip, deflate");
    if (url.getScheme().equalsIgnoreCase("http")) {
      request.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance on plain HTTP
    }
    validators.etag().ifPresent(etag -> request.header("If-None-Match", etag));
    validators.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
    HttpResponse<InputStream> response =
        client.send(
            request.build(), BodyStream.handler(settings.readTimeout().toNanos(), deadlineNanos));
    return new Response(
        url, response.statusCode(), new ResponseHeaders(response.headers().map()), response.body());
  }
}
