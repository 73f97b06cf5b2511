package org.warta.pipeline.websub;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.warta.fetch.guard.AddressGuard;
import org.warta.fetch.guard.HostAllowlist;

/**
 * Sends WebSub subscription requests (W3C WebSub, section 5.1): a form-encoded POST to the hub,
 * through the same SSRF guard as every fetch (a hub named by a feed is input from the web, so it
 * must not reach private addresses unless they are allowed), with a short timeout and a bounded
 * answer.
 */
public final class HubClient implements AutoCloseable {
  private static final int MAX_ANSWER_BYTES = 16 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final HttpClient client;
  private final AddressGuard guard;
  private final String userAgent;

  /** What the hub answered. */
  public record Answer(int status, String body) {}

  /** The request did not reach the hub or was refused before sending; the message says why. */
  public static final class HubException extends Exception {
    public HubException(String message, Throwable cause) {
      super(message, cause);
    }

    public HubException(String message) {
      super(message);
    }
  }

  public HubClient(String userAgent, List<String> allowedHosts) {
    this.client =
        HttpClient.newBuilder()
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();
    this.guard =
        new AddressGuard(HostAllowlist.parse(allowedHosts), AddressGuard.Resolver.system());
    this.userAgent = userAgent;
  }

  /** POSTs {@code form} to {@code hub}. */
  public Answer post(URI hub, Map<String, String> form) throws HubException, InterruptedException {
    if (hub.getHost() == null
        || !("http".equals(hub.getScheme()) || "https".equals(hub.getScheme()))) {
      throw new HubException("the hub " + hub + " is not an http(s) URL");
    }
    switch (guard.check(hub.getHost())) {
      case AddressGuard.Verdict.Refused r ->
          throw new HubException(
              "the hub "
                  + hub
                  + " resolves to a private or local address ("
                  + r.why()
                  + "); add it to WARTA_ALLOWED_HOSTS if it is yours");
      case AddressGuard.Verdict.Unresolved u ->
          throw new HubException("the host of the hub " + hub + " could not be found", u.cause());
      case AddressGuard.Verdict.Allowed a -> {}
    }
    HttpRequest request =
        HttpRequest.newBuilder(hub)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("User-Agent", userAgent)
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        byte[] answer = in.readNBytes(MAX_ANSWER_BYTES);
        return new Answer(response.statusCode(), new String(answer, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new HubException("the hub " + hub + " could not be reached (" + e + ")", e);
    }
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  @Override
  public void close() {
    client.shutdownNow();
  }
}
