package org.warta.pipeline.websub;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.core.FeedItem;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.feed.Feed;
import org.warta.feed.FeedException;
import org.warta.feed.FeedReader;
import org.warta.feed.WebSub;
import org.warta.pipeline.refresh.SourceRefresh;
import org.warta.store.Store;
import org.warta.store.WebSubSubscription;
import org.warta.store.WebSubSubscription.State;

/**
 * WebSub for feed sources (W3C WebSub, 2018): when a polled feed advertises a hub and its {@code
 * rel="self"} topic, subscribe there with a fresh secret (section 5.1); answer the hub's
 * verification of intent (5.3) and denials (5.2); accept signed content distribution (7, 8) and
 * ingest the new entries. Polling continues as the safety net: a lost push or an expired lease
 * costs at most one polling interval. Subscriptions live in the store ({@code
 * websub_subscription}); nothing is subscribed unless Warta knows the public URL hubs can reach it
 * at.
 */
public final class WebSubSubscriptions implements SourceRefresh.HubListener {
  /** The lease asked for ({@code hub.lease_seconds}); hubs may grant another. */
  static final Duration LEASE = Duration.ofDays(10);

  /** An active subscription is renewed this long before its lease ends. */
  static final Duration RENEW_BEFORE = Duration.ofDays(1);

  /** After a failed, unanswered or denied request, the next attempt waits this long. */
  static final Duration RETRY_AFTER = Duration.ofHours(6);

  /** Pushed bodies larger than this are refused (413). */
  public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(WebSubSubscriptions.class);

  /** Receives the entries of a verified push, to ingest them. */
  @FunctionalInterface
  public interface Pushed {
    void entries(Source source, List<FeedItem> items);
  }

  /** An answer to the hub: status, content type and body. */
  public record Answer(int status, String contentType, String body) {
    static Answer text(int status, String body) {
      return new Answer(status, "text/plain; charset=utf-8", body);
    }
  }

  private final Store store;
  private final HubClient hubs;
  private final Optional<URI> publicUrl;
  private final Pushed pushed;
  private final Executor executor;
  private final InstantSource clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param publicUrl where hubs reach this Warta ({@code server.public-url}); callbacks are {@code
   *     <publicUrl>/websub/<source id>}; empty: never subscribe
   * @param executor where pushed entries are ingested (the hub's request is answered first)
   */
  public WebSubSubscriptions(
      Store store,
      HubClient hubs,
      Optional<URI> publicUrl,
      Pushed pushed,
      Executor executor,
      InstantSource clock) {
    this.store = store;
    this.hubs = hubs;
    this.publicUrl = publicUrl;
    this.pushed = pushed;
    this.executor = executor;
    this.clock = clock;
  }

  /** The callback URL of a source, when a public URL is configured. */
  public Optional<URI> callback(SourceId source) {
    return publicUrl.map(
        base -> URI.create(base.toString().replaceAll("/+$", "") + "/websub/" + source));
  }

  /**
   * After a poll: subscribes when the feed advertises a hub and no subscription is in force, renews
   * a lease about to end, retries after failures and denials; a feed that stopped advertising its
   * hub is left to lapse. When the poll read no feed (304), the stored hub and topic are used.
   */
  @Override
  public void polled(Source source, Optional<WebSub> advertised) {
    if (publicUrl.isEmpty() || source.paused()) {
      return;
    }
    Optional<WebSubSubscription> current = store.webSub().find(source.id());
    Optional<WebSub> webSub =
        advertised.or(() -> current.map(c -> new WebSub(List.of(c.hub()), Optional.of(c.topic()))));
    if (webSub.isEmpty() || !webSub.get().isSubscribable()) {
      return;
    }
    URI hub = webSub.get().hubs().getFirst();
    URI topic = webSub.get().self().orElseThrow();
    if (current.isEmpty() || due(current.get(), hub, topic, clock.instant())) {
      subscribe(source.id(), hub, topic);
    }
  }

  /** Whether a (re)subscription request is due for this subscription. */
  static boolean due(WebSubSubscription s, URI hub, URI topic, Instant now) {
    if (!s.hub().equals(hub) || !s.topic().equals(topic)) {
      return true;
    }
    return switch (s.state()) {
      case ACTIVE -> s.leaseUntil().map(l -> !now.isBefore(l.minus(RENEW_BEFORE))).orElse(true);
      case REQUESTED, FAILED, DENIED -> !now.isBefore(s.requestedAt().plus(RETRY_AFTER));
    };
  }

  /** Sends a subscription request (section 5.1) and records it; returns what was stored. */
  public WebSubSubscription subscribe(SourceId source, URI hub, URI topic) {
    URI callback = callback(source).orElseThrow(() -> new IllegalStateException("no public URL"));
    byte[] secretBytes = new byte[24];
    random.nextBytes(secretBytes);
    WebSubSubscription requested =
        new WebSubSubscription(
            source,
            hub,
            topic,
            HexFormat.of().formatHex(secretBytes),
            State.REQUESTED,
            clock.instant(),
            Optional.empty(),
            Optional.empty(),
            "");
    store.webSub().save(requested); // first: a hub may verify before it answers the POST
    Map<String, String> form = new LinkedHashMap<>();
    form.put("hub.mode", "subscribe");
    form.put("hub.topic", topic.toString());
    form.put("hub.callback", callback.toString());
    form.put("hub.secret", requested.secret());
    form.put("hub.lease_seconds", Long.toString(LEASE.toSeconds()));
    String error;
    try {
      HubClient.Answer answer = hubs.post(hub, form);
      if (answer.status() / 100 == 2) {
        return store.webSub().find(source).orElse(requested);
      }
      error = "the hub " + hub + " answered " + answer.status() + ": " + snippet(answer.body());
    } catch (HubClient.HubException e) {
      error = e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "the subscription request to " + hub + " was interrupted";
    }
    LOG.info("WebSub subscription of source {} at {} failed: {}", source, hub, error);
    WebSubSubscription failed = requested.withState(State.FAILED, error);
    store.webSub().save(failed);
    return failed;
  }

  /**
   * The hub's verification of intent (section 5.3) or denial (section 5.2), a GET on the callback
   * with {@code hub.*} query parameters.
   */
  public Answer verify(SourceId source, Map<String, String> params) {
    Optional<WebSubSubscription> found = store.webSub().find(source);
    String topic = params.getOrDefault("hub.topic", "");
    if (found.isEmpty() || !found.get().topic().toString().equals(topic)) {
      return Answer.text(404, "no subscription to this topic here");
    }
    WebSubSubscription sub = found.get();
    return switch (params.getOrDefault("hub.mode", "")) {
      case "subscribe" -> confirm(sub, params);
      case "denied" -> {
        String reason = params.getOrDefault("hub.reason", "no reason given");
        store.webSub().save(sub.withState(State.DENIED, "the hub denied it: " + reason));
        yield Answer.text(200, "noted");
      }
      case "unsubscribe" -> Answer.text(404, "Warta did not ask to unsubscribe");
      default -> Answer.text(400, "hub.mode must be subscribe, unsubscribe or denied");
    };
  }

  private Answer confirm(WebSubSubscription sub, Map<String, String> params) {
    String challenge = params.getOrDefault("hub.challenge", "");
    if (challenge.isEmpty()) {
      return Answer.text(400, "hub.challenge is missing");
    }
    if (sub.state() != State.REQUESTED && sub.state() != State.ACTIVE) {
      return Answer.text(404, "this subscription is not pending");
    }
    Duration lease = leaseOf(params.getOrDefault("hub.lease_seconds", ""));
    store
        .webSub()
        .save(sub.withState(State.ACTIVE, "").withLease(Optional.of(clock.instant().plus(lease))));
    return Answer.text(200, challenge);
  }

  static Duration leaseOf(String seconds) {
    try {
      long s = Long.parseLong(seconds.strip());
      return s > 0 ? Duration.ofSeconds(Math.min(s, Duration.ofDays(365).toSeconds())) : LEASE;
    } catch (NumberFormatException e) {
      return LEASE;
    }
  }

  /**
   * Content distribution (section 7): a POST of the topic's new content, signed with the secret
   * (section 8). Unsigned or wrongly signed content is acknowledged and ignored, as the
   * specification asks; valid entries are ingested on the executor after the answer.
   */
  public Answer deliver(
      SourceId source, String contentType, Optional<String> signature, byte[] body) {
    Optional<WebSubSubscription> found = store.webSub().find(source);
    Optional<Source> followed = store.sources().find(source);
    if (found.isEmpty() || followed.isEmpty() || found.get().state() != State.ACTIVE) {
      return Answer.text(410, "no active subscription here");
    }
    if (body.length > MAX_BODY_BYTES) {
      return Answer.text(413, "content larger than " + MAX_BODY_BYTES + " bytes");
    }
    WebSubSubscription sub = found.get();
    if (!Signatures.valid(signature, sub.secret(), body)) {
      LOG.warn("ignored WebSub content for source {}: missing or wrong signature", source);
      return Answer.text(202, "ignored: signature missing or wrong");
    }
    Feed feed;
    try {
      feed = FeedReader.read(body, sub.topic(), contentType);
    } catch (FeedException e) {
      LOG.warn("ignored WebSub content for source {}: {}", source, e.getMessage());
      return Answer.text(202, "ignored: " + e.getMessage());
    }
    store.webSub().save(sub.withLastMessage(clock.instant()));
    List<FeedItem> items = feed.items();
    executor.execute(() -> pushed.entries(followed.get(), items));
    return Answer.text(202, "accepted " + items.size() + " entries");
  }

  private static String snippet(String body) {
    String s = body.strip().replaceAll("\\s+", " ");
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
