package org.warta.pipeline.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Keeps polling: runs a round over the due sources, then sleeps until the next source is due (at
 * least {@link #MIN_PAUSE}, at most {@link #MAX_PAUSE} so that new sources are picked up), until
 * interrupted or closed. {@code warta fetch} runs it in the foreground, {@code warta serve} on a
 * background virtual thread.
 *
 * <p>{@link #close()} ends a pause at once but lets a round in progress finish (its fetches are
 * bounded by the fetcher's timeouts): interrupting a thread in the middle of index or database I/O
 * closes the file channels under it (Lucene then reports its write lock "invalidated by an external
 * force"). Only a round still running after {@link #CLOSE_WAIT} is interrupted.
 */
public final class Scheduler implements AutoCloseable {
  static final Duration MIN_PAUSE = Duration.ofSeconds(5);
  static final Duration MAX_PAUSE = Duration.ofMinutes(2);

  /** How long {@link #close()} lets a round in progress finish before interrupting it. */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(20);

  private final PollingRound round;
  private final Consumer<PollingRound.Summary> onRound;
  private final Consumer<Exception> onError;
  private final Duration minPause;
  private final Duration maxPause;
  private final Object pauses = new Object();
  private boolean running = true; // guarded by pauses
  private volatile Thread thread = Thread.currentThread();

  public Scheduler(
      PollingRound round, Consumer<PollingRound.Summary> onRound, Consumer<Exception> onError) {
    this(round, onRound, onError, MIN_PAUSE, MAX_PAUSE);
  }

  /** With other bounds for the pause between rounds (tests). */
  Scheduler(
      PollingRound round,
      Consumer<PollingRound.Summary> onRound,
      Consumer<Exception> onError,
      Duration minPause,
      Duration maxPause) {
    this.round = round;
    this.onRound = onRound;
    this.onError = onError;
    this.minPause = minPause;
    this.maxPause = maxPause;
  }

  /** Polls on a background virtual thread until {@link #close()}. */
  public Scheduler start() {
    thread = Thread.ofVirtual().name("warta-scheduler").start(this::runUntilStopped);
    return this;
  }

  /** Polls on the calling thread until it is interrupted or {@link #close()} is called. */
  public void runUntilStopped() {
    thread = Thread.currentThread();
    while (isRunning() && !Thread.currentThread().isInterrupted()) {
      try {
        PollingRound.Summary summary = round.run(false);
        if (!summary.reports().isEmpty()) {
          onRound.accept(summary);
        }
        pause(pause(round.nextDue(), Instant.now(), minPause, maxPause));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        onError.accept(e);
        try {
          pause(maxPause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private boolean isRunning() {
    synchronized (pauses) {
      return running;
    }
  }

  /** Waits {@code d}, or less when {@link #close()} is called. */
  private void pause(Duration d) throws InterruptedException {
    long end = System.nanoTime() + d.toNanos();
    synchronized (pauses) {
      for (long left = d.toNanos(); running && left > 0; left = end - System.nanoTime()) {
        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(pauses, left);
      }
    }
  }

  static Duration pause(java.util.Optional<Instant> nextDue, Instant now) {
    return pause(nextDue, now, MIN_PAUSE, MAX_PAUSE);
  }

  static Duration pause(
      java.util.Optional<Instant> nextDue, Instant now, Duration min, Duration max) {
    Duration until = nextDue.map(t -> Duration.between(now, t)).orElse(max);
    if (until.compareTo(min) < 0) {
      return min;
    }
    return until.compareTo(max) > 0 ? max : until;
  }

  /**
   * Asks the loop to end after the round in progress (a pause ends at once) and returns without
   * waiting (e.g. from a shutdown hook while the polling thread closes what it uses).
   */
  public void stop() {
    synchronized (pauses) {
      running = false;
      pauses.notifyAll();
    }
  }

  /**
   * Stops polling: a pause ends at once; a round in progress may finish within {@link #CLOSE_WAIT},
   * after which it is interrupted. Returns when the polling thread has ended (or after a further
   * {@link #CLOSE_WAIT}); called on the polling thread itself it only stops the loop.
   */
  @Override
  public void close() {
    stop();
    Thread t = thread;
    if (t == Thread.currentThread()) {
      return;
    }
    try {
      t.join(CLOSE_WAIT);
      if (t.isAlive()) {
        t.interrupt();
        t.join(CLOSE_WAIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
