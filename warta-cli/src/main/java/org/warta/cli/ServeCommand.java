package org.warta.cli;

import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.warta.cli.settings.Settings;
import org.warta.pipeline.refresh.Scheduler;
import org.warta.web.WebServer;
import org.warta.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta serve}: the reader site and API, with polling in the background. */
@Command(
    name = "serve",
    description =
        "Serve the reader site and the API; polls the sources in the background unless --no-fetch.")
public final class ServeCommand extends WartaSubcommand {
  @Option(
      names = "--port",
      paramLabel = "<port>",
      description = "Port (default: WARTA_PORT or 8080)")
  @Nullable Integer port;

  @Option(names = "--no-fetch", description = "Do not poll sources while serving")
  boolean noFetch;

  @Override
  protected int run(App app) throws InterruptedException {
    return serve(app, port, !noFetch, console);
  }

  /** Serves until the process is stopped; shared by {@code serve} and {@code demo}. */
  static int serve(
      App app, @Nullable Integer port, boolean fetch, org.warta.cli.console.Console console)
      throws InterruptedException {
    Settings s = port == null ? app.settings() : app.settings().withPort(port);
    long start = System.nanoTime();
    WebSettings web = webSettings(s);
    CountDownLatch stopped = new CountDownLatch(1);
    try (WebServer server = startWeb(web, app)) {
      Scheduler scheduler = fetch ? startScheduler(app, console) : null;
      try {
        console.info(
            String.format(
                java.util.Locale.ROOT,
                "Warta is serving http://localhost:%d/ (%d articles, data in %s; started in %.1f"
                    + " s). Stop with Ctrl-C.",
                server.port(),
                app.store().articles().count(),
                s.dataDir(),
                (System.nanoTime() - start) / 1e9));
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
      } finally {
        if (scheduler != null) {
          scheduler.close();
        }
      }
    }
    return 0;
  }

  /**
   * The web server's settings: listening address, languages and zone, and the address readers reach
   * the site at (absolute links in feeds, sitemaps and JSON-LD; source feeds built ahead).
   */
  public static WebSettings webSettings(Settings s) {
    WebSettings web = new WebSettings(s.host(), s.port(), s.language(), s.timezone());
    return s.publicUrl().map(web::withPublicUrl).orElse(web);
  }

  private static WebServer startWeb(WebSettings web, App app) {
    try {
      // sources added in the admin or through the API are set up like `warta sources add`; hubs
      // reach /websub/{id} only when server.public-url says where this server is
      return WebServer.start(
          web,
          app.store(),
          app.index(),
          app.sourceSetup(),
          app.settings().publicUrl().isPresent()
              ? java.util.Optional.of(app.webSubCallback())
              : java.util.Optional.empty());
    } catch (RuntimeException e) {
      if (e.getCause() instanceof java.net.BindException
          || String.valueOf(e.getMessage()).contains("bind")) {
        throw new UserError(
            "port "
                + web.port()
                + " is in use; stop the other program or choose another port with --port",
            e);
      }
      throw e;
    }
  }

  private static Scheduler startScheduler(App app, org.warta.cli.console.Console console) {
    return new Scheduler(
            app.pollingRound(),
            summary -> console.info(summary.line()),
            e -> console.warn("polling round failed: " + e.getMessage()))
        .start();
  }
}
