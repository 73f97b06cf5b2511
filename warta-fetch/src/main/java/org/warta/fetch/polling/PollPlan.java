package org.warta.fetch.polling;

import java.time.Duration;
import java.time.Instant;

/**
 * The policy's decision for a source.
 *
 * @param next when to poll next (meaningless when {@code pause} is set)
 * @param interval {@code next - now}
 * @param pause whether the source should be paused until a user resumes it
 * @param reason one English sentence for the source status ("published about every 40 min ...")
 */
public record PollPlan(Instant next, Duration interval, boolean pause, String reason) {}
