package org.warta.fetch.body;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A process-wide cap on the body bytes all fetches in progress hold at once. Per-fetch limits bound
 * one response; this bounds their sum, so that a burst of large or endless responses (many origins
 * at once) cannot exhaust the heap. A reader reserves bytes before buffering them and waits when
 * the budget is spent, never past its deadline (then the fetch ends with a timeout); bytes are
 * released when the fetch has its body or gives up.
 */
public final class MemoryBudget {
  private final long capacity;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition released = lock.newCondition();
  private long used;

  public MemoryBudget(long capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("memory budget must be positive, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** Reserves {@code bytes}, waiting until they are free or {@code deadlineNanos} passes. */
  public void reserve(long bytes, long deadlineNanos) throws BodyLimitException {
    if (bytes > capacity) {
      throw new BodyLimitException(
          BodyLimitException.Kind.TOO_LARGE, capacity, "more than the memory budget");
    }
    lock.lock();
    try {
      while (used + bytes > capacity) {
        long wait = deadlineNanos - System.nanoTime();
        if (wait <= 0) {
          throw new BodyLimitException(
              BodyLimitException.Kind.TOTAL_TIMEOUT, 0, "waited for memory until the deadline");
        }
        released.awaitNanos(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(100)));
      }
      used += bytes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BodyLimitException(
          BodyLimitException.Kind.TOTAL_TIMEOUT, 0, "interrupted while waiting for memory", e);
    } finally {
      lock.unlock();
    }
  }

  /** Gives back bytes reserved earlier. */
  public void release(long bytes) {
    lock.lock();
    try {
      used = Math.max(0, used - bytes);
      released.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Bytes reserved right now. */
  public long used() {
    lock.lock();
    try {
      return used;
    } finally {
      lock.unlock();
    }
  }

  /** The capacity in bytes. */
  public long capacity() {
    return capacity;
  }
}
