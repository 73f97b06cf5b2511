package org.warta.fetch.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.core.RawPage;
import org.warta.core.ResponseHeaders;
import org.warta.fetch.BlockReason;
import org.warta.fetch.FetchRequest;
import org.warta.fetch.FetchResult;
import org.warta.fetch.FetcherSettings;
import org.warta.fetch.Problem;
import org.warta.fetch.UrlState;
import org.warta.fetch.UrlStateStore;
import org.warta.fetch.Validators;
import org.warta.fetch.body.BodyReader;
import org.warta.fetch.body.ContentTypes;
import org.warta.fetch.body.MemoryBudget;
import org.warta.fetch.guard.AddressGuard;
import org.warta.fetch.politeness.Origin;
import org.warta.fetch.politeness.OriginGates;
import org.warta.fetch.retry.RetryAfter;
import org.warta.fetch.robots.RobotsRules;

/**
 * One fetch, top to bottom: honour the URL's hold (Retry-After, backoff), then per hop check the
 * address (SSRF) and robots.txt, wait for the origin's gate, send, and either follow the redirect
 * (loop and count checked), accept 304, read a 2xx body within limits, or classify the failure; the
 * URL's state is stored after every answer.
 */
public final class FetchRun {

  /** What the fetcher shares between runs. */
  public record Context(
      FetcherSettings settings,
      Exchange exchange,
      OriginGates gates,
      AddressGuard guard,
      RobotsService robots,
      UrlStateStore store,
      UrlStates states,
      FailureClassifier classifier,
      MemoryBudget budget,
      InstantSource clock) {}

  private sealed interface Step {
    record Done(FetchResult result) implements Step {}

    record Follow(URI next) implements Step {}
  }

  private final Context cx;
  private final FetchRequest request;
  private final List<URI> redirects = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private UrlState state;
  private long deadline = Long.MAX_VALUE;

  public FetchRun(Context context, FetchRequest request) {
    this.cx = context;
    this.request = request;
    String key = UrlState.keyOf(request.url());
    this.state = context.store().get(key).orElseGet(() -> UrlState.fresh(key));
  }

  /** Runs the fetch; never throws for expected outcomes. */
  public FetchResult run() {
    if (state.isHeldAt(cx.clock().instant())) {
      return held();
    }
    Validators sent =
        switch (request.conditional()) {
          case STORED -> state.validators();
          case GIVEN -> request.validators();
          case NONE -> Validators.NONE;
        };
    try {
      return walk(sent);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchResult.Failed(
          request.url(),
          Problem.caused("fetch.interrupted", e, request.url()),
          0,
          Optional.empty());
    }
  }

  private FetchResult walk(Validators sent) throws InterruptedException {
    URI url = request.url();
    for (int hop = 0; ; hop++) {
      seen.add(UrlState.keyOf(url));
      Optional<FetchResult> refused = admit(url);
      if (refused.isPresent()) {
        return refused.get();
      }
      Origin origin = Origin.of(url);
      Step step;
      try (OriginGates.Pass _ = cx.gates().enter(origin, cx.robots().cachedDelay(origin))) {
        if (deadline == Long.MAX_VALUE) {
          deadline = System.nanoTime() + cx.settings().totalTimeout().toNanos();
        }
        step = exchange(url, sent, hop);
      }
      switch (step) {
        case Step.Done done -> {
          return done.result();
        }
        case Step.Follow follow -> {
          url = follow.next();
          redirects.add(url);
        }
      }
    }
  }

  /** SSRF and robots.txt checks of one hop; a result when the hop must not be requested. */
  private Optional<FetchResult> admit(URI url) throws InterruptedException {
    switch (cx.guard().check(url.getHost())) {
      case AddressGuard.Verdict.Refused r -> {
        String address = r.address().getHostAddress() + " (" + r.why() + ")";
        return blocked(BlockReason.SSRF, Problem.of("fetch.ssrf-refused", url, address), null);
      }
      case AddressGuard.Verdict.Unresolved u -> {
        return Optional.of(failure(cx.classifier().classify(u.cause(), url), 0, Optional.empty()));
      }
      case AddressGuard.Verdict.Allowed a -> {}
    }
    if (!request.purpose().obeysRobots()) {
      return Optional.empty();
    }
    Origin origin = Origin.of(url);
    RobotsRules rules = cx.robots().rulesFor(origin);
    if (rules.status() == RobotsRules.Status.UNREACHABLE_DISALLOW_ALL) {
      Problem p =
          Problem.of(
              "fetch.robots-unavailable", origin, "server error or no answer", rules.expires());
      return blocked(BlockReason.PAUSED, p, rules.expires());
    }
    if (!rules.allows(url)) {
      Problem p = Problem.of("fetch.robots-disallowed", url, cx.settings().productToken());
      return blocked(BlockReason.ROBOTS, p, null);
    }
    return Optional.empty();
  }

  private Step exchange(URI url, Validators sent, int hop) throws InterruptedException {
    try (Exchange.Response response = cx.exchange().send(url, request.accept(), sent, deadline)) {
      int status = response.status();
      if (Redirects.isRedirect(status)) {
        return follow(url, response, hop);
      }
      if (status == 304) {
        Validators received = validatorsOf(response.headers());
        save(cx.states().succeeded(state, received, status, cx.clock().instant()));
        return done(new FetchResult.NotModified(request.url(), url, state.validators()));
      }
      if (status >= 200 && status < 300) {
        return new Step.Done(body(url, response));
      }
      return new Step.Done(statusFailure(url, response));
    } catch (IOException | IllegalArgumentException e) {
      return done(failure(cx.classifier().classify(e, url), 0, Optional.empty()));
    }
  }

  private Step follow(URI url, Exchange.Response response, int hop) {
    String location = response.header("location");
    Optional<URI> next = Redirects.resolve(url, location);
    int status = response.status();
    if (next.isEmpty()) {
      return done(failure(Problem.of("fetch.bad-redirect", url, location), status, none()));
    }
    if (seen.contains(UrlState.keyOf(next.get()))) {
      Problem loop = Problem.of("fetch.redirect-loop", request.url(), next.get());
      return done(failure(loop, status, none()));
    }
    if (hop >= cx.settings().maxRedirects()) {
      Problem many =
          Problem.of("fetch.too-many-redirects", request.url(), cx.settings().maxRedirects());
      return done(failure(many, status, none()));
    }
    return new Step.Follow(next.get());
  }

  private FetchResult body(URI url, Exchange.Response response) throws IOException {
    Optional<String> type = response.headers().first("content-type");
    if (!ContentTypes.accepts(request.purpose(), type)) {
      Problem p = Problem.of("fetch.content-type", url, type.orElse(""), request.purpose().label());
      return failure(p, response.status(), none());
    }
    long declared = parseLength(response.header("content-length"));
    if (declared > cx.settings().maxResponseBytes()) {
      Problem p = Problem.of("fetch.too-large", url, cx.settings().maxResponseBytes());
      return failure(p, response.status(), none());
    }
    BodyReader reader =
        new BodyReader(
            cx.settings().maxResponseBytes(),
            cx.settings().maxDecompressedBytes(),
            cx.budget(),
            deadline);
    byte[] bytes = reader.read(response.body(), response.header("content-encoding"));
    Instant now = cx.clock().instant();
    RawPage page = new RawPage(url, response.status(), decoded(response.headers()), bytes, now);
    Validators received = validatorsOf(response.headers());
    save(cx.states().succeeded(state, received, response.status(), now));
    return new FetchResult.Fetched(request.url(), page, redirects, received);
  }

  private FetchResult statusFailure(URI url, Exchange.Response response) {
    int status = response.status();
    Instant now = cx.clock().instant();
    Optional<Instant> retryAfter =
        status == 429 || status == 503
            ? RetryAfter.parse(response.header("retry-after"), now)
            : Optional.empty();
    UrlState next = cx.states().failed(state, status, retryAfter, now);
    String until = next.notBefore().map(RetryAfter::format).orElse("later");
    Problem problem = cx.classifier().status(status, url, until);
    save(next);
    return new FetchResult.Failed(request.url(), problem, status, next.notBefore());
  }

  private FetchResult failure(Problem problem, int status, Optional<Instant> retryAfter) {
    if (problem.code().equals("fetch.interrupted")) {
      return new FetchResult.Failed(request.url(), problem, status, Optional.empty());
    }
    UrlState next = cx.states().failed(state, status, retryAfter, cx.clock().instant());
    save(next);
    return new FetchResult.Failed(request.url(), problem, status, next.notBefore());
  }

  private FetchResult held() {
    Instant until = state.notBefore().orElseThrow();
    String when = RetryAfter.format(until);
    return state.hold() == UrlState.Hold.RETRY_AFTER
        ? new FetchResult.Blocked(
            request.url(),
            BlockReason.RETRY_AFTER,
            Problem.of("fetch.retry-after", request.url(), when),
            Optional.of(until))
        : new FetchResult.Blocked(
            request.url(),
            BlockReason.BACKOFF,
            Problem.of("fetch.backoff", request.url(), state.consecutiveFailures(), when),
            Optional.of(until));
  }

  private Optional<FetchResult> blocked(
      BlockReason reason, Problem problem, @org.jspecify.annotations.Nullable Instant until) {
    return Optional.of(
        new FetchResult.Blocked(request.url(), reason, problem, Optional.ofNullable(until)));
  }

  private void save(UrlState next) {
    state = next;
    cx.store().put(next);
  }

  private static Step done(FetchResult result) {
    return new Step.Done(result);
  }

  private static Optional<Instant> none() {
    return Optional.empty();
  }

  private static Validators validatorsOf(ResponseHeaders headers) {
    return new Validators(headers.first("etag"), headers.first("last-modified"));
  }

  /** The headers without Content-Encoding and Content-Length, which no longer describe the body. */
  private static ResponseHeaders decoded(ResponseHeaders headers) {
    var copy = new java.util.LinkedHashMap<>(headers.values());
    copy.remove("content-encoding");
    copy.remove("content-length");
    return new ResponseHeaders(copy);
  }

  private static long parseLength(String value) {
    String v = value.strip();
    if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(v);
  }
}
