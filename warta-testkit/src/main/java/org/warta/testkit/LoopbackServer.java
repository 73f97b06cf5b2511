package org.warta.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP/1.1 server bound to 127.0.0.1 on a free port, for tests of code that fetches. Routes
 * are exact paths; each route answers with a {@link Handler}. Every request is logged so that tests
 * can assert what was (and was not) requested, and the peak number of requests in flight is
 * tracked.
 *
 * <pre>{@code
 * try (var server = LoopbackServer.start()) {
 *   server.route("/feed.xml", Respond.ok("application/rss+xml", rss));
 *   fetcher.get(server.url("/feed.xml"));
 *   assertThat(server.requests()).extracting(Request::path).containsExactly("/feed.xml");
 * }
 * }</pre>
 */
public final class LoopbackServer implements AutoCloseable {

  /** A logged request: method, path with query, request headers and when it arrived. */
  public record Request(String method, String path, Map<String, List<String>> headers, Instant at) {
    /** The first value of a request header (case-insensitive), or empty. */
    public String header(String name) {
      for (var e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().getFirst();
        }
      }
      return "";
    }
  }

  /** Answers one request; may block to simulate slow servers. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<Request> log = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peakInFlight = new AtomicInteger();

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on 127.0.0.1 and a free port; requests are served on virtual threads. */
  public static LoopbackServer start() {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      LoopbackServer server = new LoopbackServer(http);
      http.createContext("/", server::dispatch);
      http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      http.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a loopback HTTP server", e);
    }
  }

  /** Serves {@code handler} for requests whose path (without query) equals {@code path}. */
  public LoopbackServer route(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  /** The handler routed at {@code path}, e.g. to wrap it in a flaky one. */
  public java.util.Optional<Handler> handler(String path) {
    return java.util.Optional.ofNullable(routes.get(path));
  }

  /** Absolute URL of a path on this server, e.g. {@code http://127.0.0.1:41234/feed.xml}. */
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Every request received so far, in arrival order. */
  public List<Request> requests() {
    return List.copyOf(log);
  }

  /** How many requests were logged for a path (query included in the comparison if given). */
  public long count(String path) {
    return log.stream()
        .filter(r -> r.path().equals(path) || pathOnly(r.path()).equals(path))
        .count();
  }

  /** The largest number of requests that were in flight at the same time. */
  public int peakInFlight() {
    return peakInFlight.get();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String pathAndQuery =
        uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    log.add(
        new Request(
            exchange.getRequestMethod(),
            pathAndQuery,
            Map.copyOf(exchange.getRequestHeaders()),
            Instant.now()));
    int now = inFlight.incrementAndGet();
    peakInFlight.accumulateAndGet(now, Math::max);
    try (exchange) {
      Handler handler = routes.get(uri.getRawPath());
      if (handler == null) {
        Respond.status(404, "no route for " + uri.getRawPath()).handle(exchange);
      } else {
        handler.handle(exchange);
      }
    } catch (IOException e) {
      // the client went away (timeouts in tests do this); nothing to answer
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private static String pathOnly(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Ready-made handlers. */
  public static final class Respond {
    private Respond() {}

    /** 200 with a body and content type. */
    public static Handler ok(String contentType, String body) {
      return ok(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** 200 with a body and content type. */
    public static Handler ok(String contentType, byte[] body) {
      return exchange -> {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        send(exchange, 200, body);
      };
    }

    /** A status with a plain-text body. */
    public static Handler status(int status, String body) {
      return exchange -> {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
      };
    }

    /** A redirect to {@code location}. */
    public static Handler redirect(int status, String location) {
      return exchange -> {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
      };
    }

    /** Writes status and body (no body for 204/304 or HEAD). */
    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
      boolean noBody = status == 204 || status == 304 || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, noBody ? -1 : body.length == 0 ? -1 : body.length);
      if (!noBody && body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }
}
