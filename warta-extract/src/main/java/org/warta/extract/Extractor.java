package org.warta.extract;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.warta.core.Image;
import org.warta.core.Language;
import org.warta.core.RawPage;
import org.warta.extract.body.BodyCascade;
import org.warta.extract.body.BodyResult;
import org.warta.extract.charset.CharsetDetector;
import org.warta.extract.credit.Bylines;
import org.warta.extract.credit.CarriedPublishers;
import org.warta.extract.credit.CreditLines;
import org.warta.extract.credit.Credits;
import org.warta.extract.credit.HeaderNames;
import org.warta.extract.lang.LanguageChoice;
import org.warta.extract.metadata.HeaderLines;
import org.warta.extract.metadata.LeadImages;
import org.warta.extract.metadata.MetadataReader;
import org.warta.extract.metadata.PageIndex;
import org.warta.extract.metadata.PageMetadata;
import org.warta.extract.metadata.Sourced;

/**
 * Extracts an article from a page: {@code Extractor.standard().extract(page)}. A pure function of
 * the page (bytes, URL, headers): no I/O, no shared mutable state, so one instance serves every
 * thread. It never throws: any input, including binary data, truncated or huge pages, absurd
 * nesting and broken encodings, gives an {@link Extraction} (empty when nothing could be read, with
 * the reason in {@link Extraction#diagnostics()}).
 *
 * <p>Steps: charset ({@link CharsetDetector}), parse (jsoup), metadata ({@link MetadataReader}),
 * bylines ({@link Bylines}), body ({@link BodyCascade}), credits ({@link Credits}), language
 * ({@link LanguageChoice}).
 */
public final class Extractor {
  private final ExtractorSettings settings;

  private Extractor(ExtractorSettings settings) {
    this.settings = settings;
  }

  /** The extractor with {@link ExtractorSettings#defaults()}. */
  public static Extractor standard() {
    return new Extractor(ExtractorSettings.defaults());
  }

  public static Extractor with(ExtractorSettings settings) {
    return new Extractor(settings);
  }

  public Extraction extract(RawPage page) {
    List<String> warnings = new ArrayList<>();
    String charset = "";
    try {
      Optional<String> contentType = page.contentType();
      if (contentType.isPresent() && !looksLikeHtml(contentType.get())) {
        return Extraction.empty(
            page.url(), Diagnostics.failed("", "not HTML: " + contentType.get()));
      }
      byte[] bytes = page.body();
      if (bytes.length > settings.maxBytes()) {
        bytes = Arrays.copyOf(bytes, settings.maxBytes());
        warnings.add("page cut at " + settings.maxBytes() + " of " + page.body().length + " bytes");
      }
      if (Binary.looksBinary(bytes)) {
        return Extraction.empty(page.url(), Diagnostics.failed("", "binary content, not HTML"));
      }
      CharsetDetector.Choice decoding = CharsetDetector.choose(bytes, contentType);
      charset = decoding.charset().name() + " (" + decoding.how() + ")";
      // decoded as it is parsed, in jsoup's buffer, rather than into a page-sized String first
      Document doc =
          Parser.htmlParser()
              .parseInput(
                  new InputStreamReader(
                      new ByteArrayInputStream(
                          bytes, decoding.offset(), bytes.length - decoding.offset()),
                      decoding.charset()),
                  page.url().toString());
      return fromDocument(page.url(), doc, charset, warnings);
    } catch (RuntimeException | StackOverflowError e) {
      return Extraction.empty(page.url(), Diagnostics.failed(charset, "extraction failed: " + e));
    }
  }

  private Extraction fromDocument(URI url, Document doc, String charset, List<String> warnings) {
    PageIndex page = PageIndex.of(doc, Bylines.candidateTest());
    PageMetadata meta = MetadataReader.read(page, url);
    String siteName = meta.siteName().map(Sourced::value).orElse("");
    Optional<List<String>> byline = Bylines.find(page, siteName);
    CreditLines.Found pageCredits = CreditLines.find(page);
    List<URI> carried = CarriedPublishers.find(page, url, meta.canonical()); // before the cascade
    Optional<Image> lead = LeadImages.find(page, meta.image().map(Sourced::value));
    Language declared =
        meta.declaredLanguage().map(s -> Language.of(s.value())).orElse(Language.UNDETERMINED);
    String title = meta.title().map(Sourced::value).orElse("");
    List<String> knownAuthors = new ArrayList<>(byline.orElse(List.of()));
    meta.authors().ifPresent(a -> knownAuthors.addAll(a.value()));
    // read before the cascade takes the page apart: an author box with the writer's bio is not
    // part of the article
    Optional<String> headerName =
        byline.isEmpty() && !namesAnyone(pageCredits.authorLines(), siteName)
            ? HeaderNames.find(HeaderLines.headline(page), title, siteName)
            : Optional.empty();
    BodyResult body = BodyCascade.run(doc, declared, title, knownAuthors, page.byTag("h1"));
    LanguageChoice lang =
        LanguageChoice.of(
            declared, body.text().isEmpty() ? title : body.text(), settings.detector());
    if (namesAnyone(body.authorLines(), siteName)) {
      headerName = Optional.empty();
    }
    Credits credits =
        Credits.resolve(credits(meta, byline, body, pageCredits, headerName, siteName));
    if (credits.authors().isEmpty()) {
      // the last resort: links to author pages ("/author/jane-roe")
      Optional<List<String>> linked = Bylines.authorPageLinks(page, siteName);
      if (linked.isPresent()) {
        credits = Credits.resolve(credits(meta, linked, body, pageCredits, headerName, siteName));
      }
    }
    Map<String, String> provenance = provenance(meta, body, credits, lang, charset);
    List<URI> hints = new ArrayList<>(meta.originalHints());
    meta.canonical()
        .filter(c -> !Extraction.sameSite(c, url) && url.getHost() != null)
        .ifPresent(c -> hints.addFirst(c));
    carried.stream().filter(h -> !hints.contains(h)).forEach(hints::add);
    return new Extraction(
        url,
        title,
        meta.description().map(Sourced::value).orElse(""),
        credits.authors(),
        credits.editor(),
        credits.wire(),
        credits.closingCredit(),
        siteName,
        meta.section().map(Sourced::value).orElse(""),
        meta.tags(),
        meta.canonical(),
        meta.published()
            .map(d -> d.value().resolve(meta.pageZone().orElse(java.time.ZoneOffset.UTC))),
        meta.modified()
            .map(d -> d.value().resolve(meta.pageZone().orElse(java.time.ZoneOffset.UTC))),
        declared,
        lang.chosen(),
        lead,
        body.html(),
        body.text(),
        body.related(),
        hints,
        provenance,
        new Diagnostics(body.stage(), body.reason(), charset, body.dropped(), warnings));
  }

  /**
   * Whether any of the credit lines names a person ("Author" over an avatar's initials does not).
   */
  private static boolean namesAnyone(List<String> authorLines, String siteName) {
    for (String line : authorLines) {
      if (!org.warta.extract.credit.Names.split(line, siteName, true).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Credits.Sources credits(
      PageMetadata meta,
      Optional<List<String>> byline,
      BodyResult body,
      CreditLines.Found page,
      Optional<String> headerName,
      String siteName) {
    List<List<String>> declared = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    meta.authors()
        .ifPresent(
            a -> {
              declared.add(a.value());
              sources.add(a.source());
            });
    List<String> authorLines = new ArrayList<>(body.authorLines());
    page.authorLines().stream().filter(l -> !authorLines.contains(l)).forEach(authorLines::add);
    headerName.filter(l -> !authorLines.contains(l)).ifPresent(authorLines::add);
    List<String> editorLines = new ArrayList<>(body.editorLines());
    page.editorLines().stream().filter(l -> !editorLines.contains(l)).forEach(editorLines::add);
    return new Credits.Sources(
        declared,
        sources,
        byline,
        authorLines,
        body.authorLines(),
        editorLines,
        body.closingCredit(),
        body.text(),
        siteName);
  }

  private static Map<String, String> provenance(
      PageMetadata meta, BodyResult body, Credits credits, LanguageChoice lang, String charset) {
    Map<String, String> p = new LinkedHashMap<>();
    meta.title().ifPresent(s -> p.put("title", s.source()));
    meta.description().ifPresent(s -> p.put("description", s.source()));
    meta.siteName().ifPresent(s -> p.put("siteName", s.source()));
    meta.section().ifPresent(s -> p.put("section", s.source()));
    meta.published().ifPresent(s -> p.put("published", s.source()));
    meta.modified().ifPresent(s -> p.put("modified", s.source()));
    meta.image().ifPresent(s -> p.put("leadImage", s.source()));
    meta.declaredLanguage().ifPresent(s -> p.put("declaredLanguage", s.source()));
    if (!credits.authorSource().isEmpty()) {
      p.put("authors", credits.authorSource());
    }
    if (!credits.editor().isEmpty()) {
      p.put("editor", "credit-line");
    }
    if (!credits.wireSource().isEmpty()) {
      p.put("wireCredit", credits.wireSource());
    }
    p.put("language", lang.source());
    p.put("body", "stage:" + body.stage());
    if (!charset.isEmpty()) {
      p.put("charset", charset);
    }
    return p;
  }

  private static boolean looksLikeHtml(String contentType) {
    String ct = contentType.toLowerCase(Locale.ROOT);
    return ct.isBlank()
        || ct.contains("html")
        || ct.contains("xml")
        || ct.startsWith("text/")
        || ct.contains("octet-stream");
  }
}
