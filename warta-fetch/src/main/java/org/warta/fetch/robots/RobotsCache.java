package org.warta.fetch.robots;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.warta.fetch.politeness.Origin;

/**
 * robots.txt rules per origin, in memory. {@link #lockFor} gives one lock per origin so that
 * concurrent fetches to a new origin download its robots.txt once.
 */
public final class RobotsCache {
  private final Map<Origin, RobotsRules> rules = new ConcurrentHashMap<>();
  private final Map<Origin, ReentrantLock> locks = new ConcurrentHashMap<>();

  /** The rules of {@code origin} if they are still fresh at {@code now}. */
  public Optional<RobotsRules> fresh(Origin origin, Instant now) {
    return latest(origin).filter(r -> r.isFreshAt(now));
  }

  /** The last rules of {@code origin}, fresh or not. */
  public Optional<RobotsRules> latest(Origin origin) {
    return Optional.ofNullable(rules.get(origin));
  }

  /** Stores the rules of {@code origin}. */
  public void put(Origin origin, RobotsRules value) {
    rules.put(origin, value);
  }

  /** The lock that serialises robots.txt downloads for {@code origin}. */
  public ReentrantLock lockFor(Origin origin) {
    return locks.computeIfAbsent(origin, o -> new ReentrantLock());
  }
}
