package org.warta.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium driven headless by Playwright for Java, without any browser download (see
 * stack.md §5 P5 and §6). Where {@code /usr/bin/chromium} is missing, tests using it report
 * themselves skipped with the reason; under {@code CI=true} they fail instead, because CI must run
 * them ({@code .ci/run} installs the package).
 *
 * <p>Every request that leaves 127.0.0.1 is answered inside the browser (images with a placeholder,
 * anything else refused), so the network stays closed and pages look as they would online.
 */
final class Chromium implements AutoCloseable {
  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic");
  static final String PLACEHOLDER =
      "<svg xmlns='http://www.w3.org/2000/svg' width='640' height='360'><rect width='640'"
          + " height='360' fill='#c9c3b8'/><text x='320' y='190' font-size='28'"
          + " text-anchor='middle' fill='#5c5c5c'>foto</text></svg>";

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Starts Chromium, or skips (fails under CI=true) when it is not installed. */
  static Chromium start() {
    if (!Files.isExecutable(EXECUTABLE)) {
      String reason =
          "browser tests need Debian's chromium at "
              + EXECUTABLE
              + " (install it with: apt-get install -y chromium)";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(reason + "; CI must run them");
      }
      Assumptions.abort(reason);
    }
    Playwright pw =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser b =
        pw.chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(FLAGS));
    return new Chromium(pw, b);
  }

  /** A fresh browser context (own cookies) with the outside world answered locally. */
  BrowserContext context(Browser.NewContextOptions options) {
    BrowserContext ctx = browser.newContext(options);
    ctx.route(
        url -> !url.startsWith("http://127.0.0.1"),
        route -> {
          if ("image".equals(route.request().resourceType())) {
            route.fulfill(
                new com.microsoft.playwright.Route.FulfillOptions()
                    .setStatus(200)
                    .setContentType("image/svg+xml")
                    .setBody(PLACEHOLDER));
          } else {
            route.abort();
          }
        });
    return ctx;
  }

  BrowserContext context() {
    return context(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("id-ID"));
  }

  /** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
  static Path screenshot(Page page, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Path file = SCREENSHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  /** Collects console errors and uncaught page errors of a page. */
  static List<String> errors(Page page) {
    List<String> errors = new ArrayList<>();
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error")) {
            errors.add(m.text());
          }
        });
    page.onPageError(errors::add);
    return errors;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
