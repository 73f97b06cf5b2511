package org.warta.web.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.store.KeptFeedRepository;

/**
 * Writes feeds built by requests into the store from a thread of its own, many to a transaction, so
 * a reader never waits for the write and a burst of first requests costs one commit per batch, not
 * one per feed. What is kept here is only a saving (the feed can always be built again): when the
 * queue is full a feed is not kept, and a failed write is logged, not retried.
 */
final class FeedKeeper implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedKeeper.class);
  static final int QUEUE = 2_048;
  static final int BATCH = 200;

  private final KeptFeedRepository store;
  private final BlockingQueue<KeptFeedRepository.Entry> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread writer;
  private volatile boolean closing;

  FeedKeeper(KeptFeedRepository store) {
    this.store = store;
    this.writer = Thread.ofVirtual().name("warta-feed-keeper").start(this::run);
  }

  /** Queues {@code entry} to be kept; false when the queue is full (it is then not kept). */
  boolean offer(KeptFeedRepository.Entry entry) {
    return !closing && queue.offer(entry);
  }

  private void run() {
    List<KeptFeedRepository.Entry> batch = new ArrayList<>(BATCH);
    while (!closing || !queue.isEmpty()) {
      try {
        KeptFeedRepository.Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        write(batch);
        batch.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void write(List<KeptFeedRepository.Entry> batch) {
    try {
      store.keep(batch);
    } catch (RuntimeException e) {
      LOG.warn("{} built feeds not kept in the store: {}", batch.size(), e.getMessage());
    }
  }

  /** Writes what is queued, then stops. */
  @Override
  public void close() {
    closing = true;
    try {
      writer.join(java.time.Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
