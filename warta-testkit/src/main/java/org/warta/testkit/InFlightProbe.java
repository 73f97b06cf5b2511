package org.warta.testkit;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.warta.testkit.LoopbackServer.Handler;

/**
 * Measures how many requests a server is working on at once, counting only the time before the
 * answer is sent. {@link LoopbackServer#peakInFlight()} counts until the handler returns, which
 * includes a short tail after the client already has the whole response: a keep-alive client that
 * immediately sends its next request can then be seen one over its real concurrency. A probe counts
 * {@code work} (a sleep standing for server think time) and stops before replying, so its peak
 * never exceeds the client's real number of requests in flight.
 *
 * <pre>{@code
 * var probe = new InFlightProbe();
 * server.route("/slow", probe.working(Duration.ofMillis(150), Respond.ok("text/plain", "ok")));
 * assertThat(probe.peak()).isLessThanOrEqualTo(2);
 * }</pre>
 */
public final class InFlightProbe {
  private final AtomicInteger current = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();

  /** A handler that works for {@code work} (counted) and then answers with {@code then}. */
  public Handler working(Duration work, Handler then) {
    return exchange -> {
      peak.accumulateAndGet(current.incrementAndGet(), Math::max);
      try {
        Thread.sleep(work);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } finally {
        current.decrementAndGet();
      }
      then.handle(exchange);
    };
  }

  /** The largest number of requests worked on at the same time. */
  public int peak() {
    return peak.get();
  }
}
