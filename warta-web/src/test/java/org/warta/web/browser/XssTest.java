package org.warta.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.DisplayPolicy;
import org.warta.core.Image;
import org.warta.core.Language;
import org.warta.core.Link;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.core.StoryId;
import org.warta.core.WireCredit;
import org.warta.search.SearchIndex;
import org.warta.store.DatabaseUrl;
import org.warta.store.DuplicateCredit;
import org.warta.store.Store;
import org.warta.web.WebServer;
import org.warta.web.fixture.SharedSample;

/**
 * Articles carrying XSS filter-evasion vectors of the kind the OWASP cheat sheet lists (script
 * tags, event handlers, javascript: and data: URLs with case, entity and whitespace tricks,
 * attribute and element breakouts, mutation-XSS nestings) in every field a page shows, rendered in
 * Chromium: no payload may run. Each payload sets {@code window.__xss} or opens a dialog; the
 * control test shows the same payloads do run in a page without Warta's escaping.
 */
class XssTest {
  static final String RUN = "window.__xss=1";
  static final List<String> VECTORS =
      List.of(
          "<script>" + RUN + "</script>",
          "<IMG SRC=\"javascript:" + RUN + "\">",
          "<IMG SRC=JaVaScRiPt:" + RUN + ">",
          "<img src=x onerror=\"" + RUN + "\">",
          "<img src=x onerror=" + RUN + "//",
          "<svg/onload=" + RUN + ">",
          "<body onload=" + RUN + ">",
          "<iframe src=\"javascript:parent.__xss=1\"></iframe>",
          "<a href=\"jav&#x09;ascript:" + RUN + "\">tab</a>",
          "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;"
              + RUN
              + "\">dec</a>",
          "<IMG \"\"\"><SCRIPT>" + RUN + "</SCRIPT>\">",
          "<<SCRIPT>" + RUN + ";//<</SCRIPT>",
          "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:" + RUN + "\">",
          "<DIV STYLE=\"background-image: url(javascript:" + RUN + ")\">style</DIV>",
          "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:" + RUN + ";\">",
          "<object data=\"data:text/html,<script>parent.__xss=1</script>\"></object>",
          "<details open ontoggle=" + RUN + ">",
          "\"><script>" + RUN + "</script>",
          "'-alert(1)-'",
          "</script><script>" + RUN + "</script>",
          "<math><mtext><table><mglyph><style><img src=x onerror=" + RUN + ">",
          "<noscript><p title=\"</noscript><img src=x onerror=" + RUN + ">\">",
          "<form><button formaction=javascript:" + RUN + ">x</button></form>",
          "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>");

  @TempDir static Path dir;
  static Store store;
  static SearchIndex index;
  static WebServer server;
  static Chromium chromium;
  static List<ArticleId> articles = new ArrayList<>();
  static StoryId story;
  static Source source;

  @BeforeAll
  static void start() {
    chromium = Chromium.start();
    store = Store.open(DatabaseUrl.sqliteIn(dir));
    index = SearchIndex.open(dir.resolve("index"));
    String all = String.join(" ", VECTORS);
    source =
        store
            .sources()
            .add(
                new NewSource(
                    "Sumber " + VECTORS.get(3),
                    URI.create("https://xss.example/rss"),
                    URI.create("https://xss.example/"),
                    SourceKind.FEED,
                    Language.INDONESIAN,
                    DisplayPolicy.FULL_TEXT));
    store.sources().setDisplay(source.id(), DisplayPolicy.FULL_TEXT);
    for (int i = 0; i < VECTORS.size(); i++) {
      String v = VECTORS.get(i);
      Article a =
          Article.builder(source.id(), URI.create("https://xss.example/berita/" + i))
              .title("Serangan " + i + " " + v)
              .description("Ringkasan " + v)
              .authors(List.of("Penulis " + v))
              .editor("Editor " + v)
              .wireCredit(Optional.of(new WireCredit("AFP", "AFP/" + v)))
              .siteName("Situs " + v)
              .section("Rubrik " + v)
              .tags(List.of("uji", v))
              .language(Language.INDONESIAN)
              .published(
                  Optional.of(OffsetDateTime.of(2026, 11, 28, 9, i, 0, 0, ZoneOffset.ofHours(7))))
              .leadImage(
                  Optional.of(
                      new Image(
                          URI.create("javascript:" + RUN), "Keterangan " + v, "Foto " + v, v)))
              .bodyHtml("<p>Isi serangan uji " + v + "</p>" + v)
              .bodyText("Isi serangan uji " + v)
              .related(
                  List.of(
                      new Link(URI.create("javascript:" + RUN), "Baca juga " + v),
                      new Link(URI.create("https://xss.example/lain"), v)))
              .originalHints(List.of(URI.create("javascript:" + RUN)))
              .provenance(Map.of())
              .build();
      ArticleId id = store.articles().insert(a).article().id();
      articles.add(id);
    }
    story =
        store.stories().create("Peristiwa " + all, articles.getFirst(), java.time.Instant.EPOCH);
    articles.forEach(id -> store.articles().setStory(id, story));
    store.stories().refresh(story);
    long group = articles.getFirst().value();
    articles.subList(0, 3).forEach(id -> store.articles().setDuplicateGroup(id, group));
    store
        .articles()
        .setDuplicateCredit(
            group, DuplicateCredit.toAgency("Agen " + VECTORS.get(0), "WIRE_CREDIT"));
    store.articles().forEachChangedAfter(0, c -> index.put(c.article()));
    index.commit(store.articles().changeSeq());
    server = WebServer.start(SharedSample.settings(), store, index);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
      index.close();
      store.close();
    }
    if (chromium != null) {
      chromium.close();
    }
  }

  List<String> pages() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/",
                "/latest",
                "/story/" + story.value(),
                "/source/" + source.id().value(),
                "/sources",
                "/sections"));
    articles.forEach(id -> paths.add("/article/" + id.value()));
    for (String v :
        List.of("serangan", "uji script", VECTORS.get(0), VECTORS.get(3), VECTORS.get(19))) {
      paths.add("/search?q=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
    }
    return paths;
  }

  /** Opens a page and reports whether any payload ran. */
  static boolean ran(Page page) {
    return Boolean.TRUE.equals(page.evaluate("() => window.__xss === 1"));
  }

  @Test
  void noPayloadRunsOnAnyPage() {
    String base = "http://127.0.0.1:" + server.port();
    BrowserContext context = chromium.context();
    Page page = context.newPage();
    List<String> dialogs = new ArrayList<>();
    page.onDialog(
        d -> {
          dialogs.add(d.message());
          d.dismiss();
        });
    int checked = 0;
    for (String path : pages()) {
      page.navigate(base + path);
      page.waitForLoadState();
      page.waitForTimeout(50);
      assertThat(ran(page)).as(path).isFalse();
      assertThat(page.url()).as("no redirect away from " + path).startsWith(base);
      checked++;
    }
    Chromium.screenshot(page, "40-xss-search");
    page.navigate(base + "/article/" + articles.get(2).value());
    for (var link : page.locator("main a").all()) {
      String href = link.getAttribute("href");
      assertThat(href)
          .as("link on a hostile article")
          .doesNotStartWithIgnoringCase("javascript")
          .doesNotStartWithIgnoringCase("data:");
    }
    Chromium.screenshot(page, "41-xss-article");
    assertThat(dialogs).isEmpty();
    assertThat(checked).isGreaterThan(VECTORS.size());
    context.close();
  }

  @Test
  void theDetectorWorksThePayloadsRunWithoutEscaping() {
    BrowserContext context = chromium.context();
    Page page = context.newPage();
    page.onDialog(d -> d.dismiss());
    int fired = 0;
    for (String v : List.of(VECTORS.get(0), VECTORS.get(3), VECTORS.get(5), VECTORS.get(16))) {
      page.setContent("<!doctype html><html><body>" + v + "</body></html>");
      page.waitForTimeout(100);
      if (ran(page)) {
        fired++;
      }
    }
    assertThat(fired).as("unescaped payloads that ran in a page without Warta").isEqualTo(4);
    context.close();
  }
}
