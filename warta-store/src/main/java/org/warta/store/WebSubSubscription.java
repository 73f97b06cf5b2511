package org.warta.store;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.warta.core.SourceId;

/**
 * A WebSub subscription (W3C WebSub, section 5) of a feed source at its hub.
 *
 * @param topic the feed's {@code rel="self"} URL, what the hub publishes
 * @param secret the {@code hub.secret} sent with the request; notifications are signed with it
 * @param leaseUntil when the hub's lease ends (from {@code hub.lease_seconds} at verification)
 * @param lastMessage when the hub last delivered content
 * @param lastError what went wrong last (a denial, a failed request), empty when nothing
 */
public record WebSubSubscription(
    SourceId source,
    URI hub,
    URI topic,
    String secret,
    State state,
    Instant requestedAt,
    Optional<Instant> leaseUntil,
    Optional<Instant> lastMessage,
    String lastError) {

  /** Where a subscription stands. */
  public enum State {
    /** Asked the hub; waiting for its verification request. */
    REQUESTED,
    /** Verified by the hub; content arrives by push until the lease ends. */
    ACTIVE,
    /** The hub refused (its {@code hub.mode=denied} request). */
    DENIED,
    /** The subscription request itself failed (hub unreachable, error status). */
    FAILED
  }

  public WebSubSubscription withState(State newState, String error) {
    return new WebSubSubscription(
        source, hub, topic, secret, newState, requestedAt, leaseUntil, lastMessage, error);
  }

  public WebSubSubscription withLease(Optional<Instant> until) {
    return new WebSubSubscription(
        source, hub, topic, secret, state, requestedAt, until, lastMessage, lastError);
  }

  public WebSubSubscription withLastMessage(Instant at) {
    return new WebSubSubscription(
        source, hub, topic, secret, state, requestedAt, leaseUntil, Optional.of(at), lastError);
  }
}
