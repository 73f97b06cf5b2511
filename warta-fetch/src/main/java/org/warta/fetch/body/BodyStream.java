package org.warta.fetch.body;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body as an {@link InputStream} that never blocks past its deadlines: the HTTP client
 * pushes buffers into a queue one list at a time (the next list is requested only when the reader
 * takes one, so at most two lists are held), and {@code read} waits at most the idle timeout for
 * the next list and never past the total deadline. On a timeout the subscription is cancelled,
 * which aborts the exchange, and a {@link BodyLimitException} is thrown.
 *
 * <p>Use {@link #handler(long, long)} as the {@link HttpResponse.BodyHandler} of a request.
 */
public final class BodyStream extends InputStream
    implements HttpResponse.BodySubscriber<InputStream> {

  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final long idleNanos;
  private final long deadlineNanos;
  private volatile Flow.@org.jspecify.annotations.Nullable Subscription subscription;
  private Iterator<ByteBuffer> current = List.<ByteBuffer>of().iterator();
  private ByteBuffer buffer = ByteBuffer.allocate(0);
  private boolean finished;

  private BodyStream(long idleNanos, long deadlineNanos) {
    this.idleNanos = idleNanos;
    this.deadlineNanos = deadlineNanos;
  }

  /**
   * A body handler whose streams wait at most {@code idleNanos} for each buffer and never past
   * {@code deadlineNanos} (a {@link System#nanoTime()} value).
   */
  public static HttpResponse.BodyHandler<InputStream> handler(long idleNanos, long deadlineNanos) {
    return info -> new BodyStream(idleNanos, deadlineNanos);
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedStage(this);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    queue.add(item);
  }

  @Override
  public void onError(Throwable throwable) {
    queue.add(throwable);
  }

  @Override
  public void onComplete() {
    queue.add(END);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!buffer.hasRemaining()) {
      if (current.hasNext()) {
        buffer = current.next();
      } else if (finished || !nextList()) {
        return -1;
      }
    }
    int n = Math.min(len, buffer.remaining());
    buffer.get(b, off, n);
    return n;
  }

  /** Takes the next list of buffers; false at the end of the body. */
  @SuppressWarnings("unchecked")
  private boolean nextList() throws IOException {
    Object item = poll();
    if (item == END) {
      finished = true;
      return false;
    }
    if (item instanceof Throwable t) {
      finished = true;
      throw t instanceof IOException io ? io : new IOException(t.getMessage(), t);
    }
    current = ((List<ByteBuffer>) item).iterator();
    Flow.Subscription s = subscription;
    if (s != null) {
      s.request(1);
    }
    return true;
  }

  private Object poll() throws IOException {
    long now = System.nanoTime();
    long toDeadline = deadlineNanos - now;
    long wait = Math.min(idleNanos, toDeadline);
    Object item;
    try {
      item = wait <= 0 ? queue.poll() : queue.poll(wait, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new java.io.InterruptedIOException("interrupted while reading the body");
    }
    if (item != null) {
      return item;
    }
    close();
    boolean total = deadlineNanos - System.nanoTime() <= 0 || toDeadline <= idleNanos;
    throw total
        ? new BodyLimitException(
            BodyLimitException.Kind.TOTAL_TIMEOUT, 0, "total timeout while reading the body")
        : new BodyLimitException(
            BodyLimitException.Kind.IDLE_TIMEOUT,
            TimeUnit.NANOSECONDS.toMillis(idleNanos),
            "no data for " + TimeUnit.NANOSECONDS.toMillis(idleNanos) + " ms");
  }

  /** Cancels the exchange; the rest of the body is discarded. */
  @Override
  public void close() {
    finished = true;
    Flow.Subscription s = subscription;
    subscription = null;
    if (s != null) {
      s.cancel();
    }
    queue.clear();
  }
}
