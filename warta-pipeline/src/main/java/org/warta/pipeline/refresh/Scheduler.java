package org.warta.pipeline.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Keeps polling: runs a round over the due sources, then sleeps until the next source is due (at
 * least {@link #MIN_PAUSE}, at most {@link #MAX_PAUSE} so that new sources are picked up), until
 * interrupted or closed. {@code warta fetch} runs it in the foreground, {@code warta serve} on a
 * background virtual thread.
 */
public final class Scheduler implements AutoCloseable {
  static final Duration MIN_PAUSE = Duration.ofSeconds(5);
  static final Duration MAX_PAUSE = Duration.ofMinutes(2);

  private final PollingRound round;
  private final Consumer<PollingRound.Summary> onRound;
  private final Consumer<Exception> onError;
  private volatile boolean running = true;
  private Thread thread = Thread.currentThread();

  public Scheduler(
      PollingRound round, Consumer<PollingRound.Summary> onRound, Consumer<Exception> onError) {
    this.round = round;
    this.onRound = onRound;
    this.onError = onError;
  }

  /** Polls on a background virtual thread until {@link #close()}. */
  public Scheduler start() {
    thread = Thread.ofVirtual().name("warta-scheduler").start(this::runUntilStopped);
    return this;
  }

  /** Polls on the calling thread until it is interrupted or {@link #close()} is called. */
  public void runUntilStopped() {
    thread = Thread.currentThread();
    while (running && !Thread.currentThread().isInterrupted()) {
      try {
        PollingRound.Summary summary = round.run(false);
        if (!summary.reports().isEmpty()) {
          onRound.accept(summary);
        }
        Thread.sleep(pause(round.nextDue(), Instant.now()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        onError.accept(e);
        sleepQuietly(MAX_PAUSE);
      }
    }
  }

  static Duration pause(java.util.Optional<Instant> nextDue, Instant now) {
    Duration until = nextDue.map(t -> Duration.between(now, t)).orElse(MAX_PAUSE);
    if (until.compareTo(MIN_PAUSE) < 0) {
      return MIN_PAUSE;
    }
    return until.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : until;
  }

  private void sleepQuietly(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
