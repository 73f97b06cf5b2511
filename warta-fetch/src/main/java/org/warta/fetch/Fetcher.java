package org.warta.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import org.warta.fetch.body.MemoryBudget;
import org.warta.fetch.guard.AddressGuard;
import org.warta.fetch.guard.HostAllowlist;
import org.warta.fetch.internal.Exchange;
import org.warta.fetch.internal.FailureClassifier;
import org.warta.fetch.internal.FetchRun;
import org.warta.fetch.internal.RobotsService;
import org.warta.fetch.internal.UrlStates;
import org.warta.fetch.politeness.Origin;
import org.warta.fetch.politeness.OriginGates;
import org.warta.fetch.retry.Backoff;
import org.warta.fetch.robots.RobotsCache;
import org.warta.fetch.robots.RobotsRules;

/**
 * The fetcher facade: one shared {@link HttpClient} on virtual threads, with the SSRF guard,
 * robots.txt (RFC 9309), per-origin politeness, conditional GET, Retry-After/backoff kept in a
 * {@link UrlStateStore}, and size/time limits. Create one per process and share it: politeness and
 * the robots cache are per instance.
 *
 * <pre>{@code
 * try (Fetcher fetcher = Fetcher.create(FetcherSettings.defaults(), store)) {
 *   FetchResult result = fetcher.fetch(FetchRequest.feed(URI.create("https://news.example/rss")));
 * }
 * }</pre>
 *
 * <p>{@link #fetch} blocks the calling thread; call it from virtual threads (or use {@link
 * #fetchAll}) to fetch many URLs at once. It never throws for network or server trouble: every
 * expected outcome is a {@link FetchResult}.
 */
public final class Fetcher implements AutoCloseable {
  private final FetcherSettings settings;
  private final HttpClient client;
  private final ExecutorService executor;
  private final RobotsService robots;
  private final RobotsCache robotsCache;
  private final FetchRun.Context context;

  private Fetcher(Builder b) {
    this.settings = b.settings.withEnvironment(b.environment);
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    this.client =
        HttpClient.newBuilder()
            .executor(executor)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.connectTimeout())
            .build();
    Exchange exchange = new Exchange(client, settings);
    OriginGates gates =
        new OriginGates(settings.perOriginConcurrency(), settings.minDelayPerOrigin());
    AddressGuard guard = new AddressGuard(HostAllowlist.parse(settings.allowedHosts()), b.resolver);
    this.robotsCache = new RobotsCache();
    this.robots = new RobotsService(settings, exchange, gates, guard, robotsCache, b.clock);
    UrlStates states =
        new UrlStates(
            new Backoff(settings.backoffBase(), settings.backoffMax()),
            settings.maxRetryAfter(),
            b.random);
    this.context =
        new FetchRun.Context(
            settings,
            exchange,
            gates,
            guard,
            robots,
            b.store,
            states,
            new FailureClassifier(settings),
            new MemoryBudget(settings.maxBufferedBytes() + 64 * 1024),
            b.clock);
  }

  /**
   * A fetcher with these settings plus the hosts in {@code WARTA_ALLOWED_HOSTS}, the system clock
   * and resolver.
   */
  public static Fetcher create(FetcherSettings settings, UrlStateStore store) {
    return builder(settings).store(store).build();
  }

  /** A builder, for tests and tools that replace the clock, resolver or environment. */
  public static Builder builder(FetcherSettings settings) {
    return new Builder(settings);
  }

  /** Fetches one URL; see {@link FetchResult} for the outcomes. */
  public FetchResult fetch(FetchRequest request) {
    return new FetchRun(context, request).run();
  }

  /** Fetches all requests concurrently on virtual threads; results in the order of requests. */
  public List<FetchResult> fetchAll(List<FetchRequest> requests) throws InterruptedException {
    List<Future<FetchResult>> futures = new ArrayList<>();
    for (FetchRequest r : requests) {
      futures.add(executor.submit(() -> fetch(r)));
    }
    List<FetchResult> results = new ArrayList<>(futures.size());
    for (Future<FetchResult> f : futures) {
      try {
        results.add(f.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException("bug: fetch threw instead of returning a result", e);
      }
    }
    return results;
  }

  /**
   * The robots.txt rules of the origin of {@code url} (downloaded if not cached), e.g. for the
   * {@code Sitemap:} lines used in discovery ({@link RobotsRules#sitemaps()}).
   */
  public RobotsRules robots(URI url) throws InterruptedException {
    return robots.rulesFor(Origin.of(url));
  }

  /** The settings in force, allowlist from the environment included. */
  public FetcherSettings settings() {
    return settings;
  }

  /** Closes the HTTP client and its threads; fetches in progress are aborted. */
  @Override
  public void close() {
    client.shutdownNow();
    executor.shutdownNow();
  }

  /** Builds a {@link Fetcher}; everything but the settings has a default. */
  public static final class Builder {
    private final FetcherSettings settings;
    private UrlStateStore store = new InMemoryUrlStateStore();
    private InstantSource clock = InstantSource.system();
    private AddressGuard.Resolver resolver = AddressGuard.Resolver.system();
    private Map<String, String> environment = System.getenv();
    private RandomGenerator random = RandomGenerator.getDefault();

    private Builder(FetcherSettings settings) {
      this.settings = settings;
    }

    /** Where per-URL state lives (default: in memory, lost at exit). */
    public Builder store(UrlStateStore value) {
      this.store = value;
      return this;
    }

    /** The clock of Retry-After, backoff and robots.txt expiry (default: system clock). */
    public Builder clock(InstantSource value) {
      this.clock = value;
      return this;
    }

    /** Name resolution of the SSRF guard (default: the system's). */
    public Builder resolver(AddressGuard.Resolver value) {
      this.resolver = value;
      return this;
    }

    /** Where {@code WARTA_ALLOWED_HOSTS} is read (default: the process environment). */
    public Builder environment(Map<String, String> value) {
      this.environment = Map.copyOf(value);
      return this;
    }

    /** The jitter source of backoff (default: the JDK's default generator). */
    public Builder random(RandomGenerator value) {
      this.random = value;
      return this;
    }

    public Fetcher build() {
      return new Fetcher(this);
    }
  }
}
