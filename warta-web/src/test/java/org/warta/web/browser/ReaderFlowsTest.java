package org.warta.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ColorScheme;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warta.core.FeedItem;
import org.warta.feed.Feed;
import org.warta.feed.FeedReader;
import org.warta.web.fixture.SharedSample;

/** What a reader does, in Chromium, on the sample site; screenshots of every page go to target/. */
class ReaderFlowsTest {
  static Chromium chromium;
  static String base;
  BrowserContext context;
  Page page;
  List<String> errors;

  @BeforeAll
  static void launch() {
    chromium = Chromium.start();
    base = SharedSample.http().base();
  }

  @AfterAll
  static void quit() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void open() {
    context = chromium.context();
    page = context.newPage();
    errors = Chromium.errors(page);
  }

  @AfterEach
  void close() {
    context.close();
  }

  void assertNoErrors() {
    assertThat(errors).as("console errors, CSP violations or page errors").isEmpty();
  }

  @Test
  void homeToStoryToArticleToTheOriginal() {
    page.navigate(base + "/");
    Chromium.screenshot(page, "01-home");
    assertThat(page.locator("ol.stories > li.story").count()).isGreaterThanOrEqualTo(10);
    page.locator("a.full-coverage").first().click();
    page.waitForURL("**/story/*");
    Chromium.screenshot(page, "02-story");
    assertThat(page.locator("svg.chart rect.chart-bar").count()).isPositive();
    assertThat(page.locator("li.first-report").count()).isEqualTo(1);
    page.locator("ol.timeline li h3 a").first().click();
    page.waitForURL("**/article/*");
    Chromium.screenshot(page, "03-article");
    String original = page.locator("p.original a.button").getAttribute("href");
    String host = URI.create(original).getHost();
    page.route(
        "**://" + host + "/**",
        r ->
            r.fulfill(
                new Route.FulfillOptions()
                    .setContentType("text/html; charset=utf-8")
                    .setBody("<!doctype html><title>Penerbit</title><h1>Halaman penerbit</h1>")));
    page.locator("p.original a.button").click();
    page.waitForURL(original);
    assertThat(page.locator("h1").textContent()).isEqualTo("Halaman penerbit");
    assertNoErrors();
  }

  @Test
  void searchWithFiltersHighlightsAndPages() {
    page.navigate(base + "/");
    page.locator("#q").fill("banjir");
    page.locator("form.search button").click();
    page.waitForURL("**/search?q=banjir");
    assertThat(page.locator("ol.results mark").count()).isPositive();
    page.locator("#language").selectOption("en");
    page.locator("#q2").fill("flood | haze | quake");
    page.locator("form.search-form button").click();
    page.waitForLoadState();
    assertThat(page.url()).contains("language=en");
    assertThat(page.locator("ol.results article.card[lang=id]").count()).isZero();
    assertThat(page.locator("ol.results article.card[lang=en]").count()).isPositive();
    Chromium.screenshot(page, "04-search-filtered");
    page.navigate(base + "/search?language=id");
    page.locator("nav.pager a[rel=next]").click();
    page.waitForURL("**page=2");
    assertThat(page.locator("nav.pager [aria-current=page]").textContent()).isEqualTo("2");
    assertThat(page.locator("#language").inputValue()).isEqualTo("id");
    Chromium.screenshot(page, "05-search-page-2");
    assertNoErrors();
  }

  @Test
  void theLanguageSwitchChangesTheInterfaceAndStays() {
    page.navigate(base + "/latest");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("id");
    assertThat(page.locator("h1").textContent()).isEqualTo("Terkini");
    page.locator("a.lang").click();
    page.waitForURL("**/latest");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    assertThat(page.locator("h1").textContent()).isEqualTo("Latest");
    page.navigate(base + "/sources");
    assertThat(page.locator("h1").textContent()).isEqualTo("Partner links");
    Chromium.screenshot(page, "06-sources-en");
    page.locator("a.lang").click();
    page.waitForURL("**/sources");
    assertThat(page.locator("h1").textContent()).isEqualTo("Tautan Sahabat");
    assertNoErrors();
  }

  @Test
  void jAndKMoveThroughListsAndOOpens() {
    page.navigate(base + "/latest");
    page.keyboard().press("j");
    page.keyboard().press("j");
    page.keyboard().press("k");
    page.keyboard().press("j");
    assertThat(page.locator("main .card.selected").count()).isEqualTo(1);
    String second = page.locator("main .card").nth(1).locator("h3 a").getAttribute("href");
    assertThat(page.locator("main .card").nth(1).getAttribute("class")).contains("selected");
    assertThat(page.evaluate("document.activeElement.getAttribute('href')")).isEqualTo(second);
    page.keyboard().press("o");
    page.waitForURL("**" + second);
    assertNoErrors();
  }

  @Test
  void theBrowsersTimeZoneIsRememberedForDates() {
    BrowserContext makassar =
        chromium.context(
            new Browser.NewContextOptions().setTimezoneId("Asia/Makassar").setLocale("id-ID"));
    Page p = makassar.newPage();
    p.navigate(base + "/latest");
    p.reload();
    assertThat(p.locator("footer #tz").inputValue()).isEqualTo("Asia/Makassar");
    p.navigate(base + "/article/1");
    assertThat(p.locator("article header time").textContent()).endsWith("WITA");
    makassar.close();
  }

  @Test
  void everyPageLooksRightInDarkModeAndOnAPhone() {
    BrowserContext dark =
        chromium.context(
            new Browser.NewContextOptions()
                .setColorScheme(ColorScheme.DARK)
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setLocale("id-ID"));
    Page p = dark.newPage();
    List<String> pageErrors = Chromium.errors(p);
    String[][] pages = {
      {"/", "10-home-dark-phone"},
      {"/article/1", "11-article-dark-phone"},
      {"/story/1", "12-story-dark-phone"},
      {"/sources", "13-sources-dark-phone"},
      {"/sections", "14-sections-dark-phone"},
      {"/search?q=gempa", "15-search-dark-phone"},
    };
    for (String[] pg : pages) {
      Response r = p.navigate(base + pg[0]);
      assertThat(r.status()).isEqualTo(200);
      Chromium.screenshot(p, pg[1]);
      Object overflow = p.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
      assertThat(overflow).as(pg[0] + " scrolls sideways on a phone").isEqualTo(false);
    }
    Object bg = p.evaluate("getComputedStyle(document.body).backgroundColor");
    assertThat(bg).isEqualTo("rgb(21, 23, 26)");
    assertThat(pageErrors).isEmpty();
    dark.close();
  }

  @Test
  void desktopScreenshotsOfTheOtherPages() {
    String[][] pages = {
      {"/latest", "20-latest"},
      {"/source/1", "21-source"},
      {"/sources", "22-sources"},
      {"/sections", "23-sections"},
      {"/search?q=gempa+majene", "24-search"},
      {"/admin/login", "25-admin-login"},
    };
    for (String[] pg : pages) {
      assertThat(page.navigate(base + pg[0]).status()).as(pg[0]).isEqualTo(200);
      Chromium.screenshot(page, pg[1]);
    }
    page.navigate(base + "/section/nasional");
    Chromium.screenshot(page, "26-section");
    assertNoErrors();
  }

  @Test
  void autodiscoveredFeedsParseBackThroughTheFeedReader() {
    page.navigate(base + "/story/1");
    int count = page.locator("head link[rel=alternate]").count();
    assertThat(count).isGreaterThanOrEqualTo(7);
    for (int i = 0; i < count; i++) {
      String href =
          page.locator("head link[rel=alternate]").nth(i).evaluate("l => l.href").toString();
      var response = context.request().get(href);
      assertThat(response.status()).as(href).isEqualTo(200);
      String type = response.headers().get("content-type");
      if (type.startsWith("text/x-opml")) {
        continue;
      }
      Feed f = FeedReader.read(response.body(), URI.create(href), type);
      assertThat(f.items()).as(href).isNotEmpty();
      assertThat(f.items().stream().map(FeedItem::link).map(URI::toString))
          .allSatisfy(l -> assertThat(l).startsWith(base + "/article/"));
    }
  }
}
