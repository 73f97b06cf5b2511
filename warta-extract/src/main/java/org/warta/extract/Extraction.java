package org.warta.extract;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.warta.core.Article;
import org.warta.core.CanonicalUrl;
import org.warta.core.Image;
import org.warta.core.Language;
import org.warta.core.Link;
import org.warta.core.SourceId;
import org.warta.core.WireCredit;

/**
 * Everything extraction found in one page. Text fields are empty strings when the page gave
 * nothing; times keep the offset the page used.
 *
 * @param url the page URL (after redirects)
 * @param title the headline, without site name
 * @param description the standfirst or meta description
 * @param authors the writers, cleaned person names
 * @param editor the editor named by an "Editor : X" line
 * @param wireCredit the news agency credited (AFP, Reuters, Antara, ...)
 * @param closingCredit the closing credit as printed without parentheses ("AFP/Z-3", "wun/jcr")
 * @param canonicalUrl the page's rel=canonical URL, if any (same site or not)
 * @param declaredLanguage what the page declares ({@code <html lang>}, meta)
 * @param language the language of the text: detected when the detector could tell, else declared
 * @param bodyHtml the body, sanitized by allowlist (see {@link
 *     org.warta.extract.body.BodyResult#html()})
 * @param bodyText the body as plain text, paragraphs separated by blank lines
 * @param related "read also" links taken out of the body
 * @param originalHints URLs the page names as the original it copies: cross-domain rel=canonical,
 *     original-source / syndication-source, JSON-LD isBasedOn; then, weaker, the site root ({@code
 *     https://mediaindonesia.com/}) of a publisher another site's promo line carried along names
 *     ({@link org.warta.extract.credit.CarriedPublishers}): a site, not a page
 * @param provenance field name to how it was found ({@code title -> h1}, {@code published ->
 *     json-ld}, {@code body -> stage:markup})
 */
public record Extraction(
    URI url,
    String title,
    String description,
    List<String> authors,
    String editor,
    Optional<WireCredit> wireCredit,
    String closingCredit,
    String siteName,
    String section,
    List<String> tags,
    Optional<URI> canonicalUrl,
    Optional<OffsetDateTime> published,
    Optional<OffsetDateTime> modified,
    Language declaredLanguage,
    Language language,
    Optional<Image> leadImage,
    String bodyHtml,
    String bodyText,
    List<Link> related,
    List<URI> originalHints,
    Map<String, String> provenance,
    Diagnostics diagnostics) {

  public Extraction {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    related = List.copyOf(related);
    originalHints = List.copyOf(originalHints);
    provenance = Map.copyOf(provenance);
  }

  /** An extraction that found nothing, with the reason in the diagnostics. */
  static Extraction empty(URI url, Diagnostics diagnostics) {
    return new Extraction(
        url,
        "",
        "",
        List.of(),
        "",
        Optional.empty(),
        "",
        "",
        "",
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Language.UNDETERMINED,
        Language.UNDETERMINED,
        Optional.empty(),
        "",
        "",
        List.of(),
        List.of(),
        Map.of(),
        diagnostics);
  }

  /**
   * The core {@link Article}: its canonical URL is the page's rel=canonical when that is on the
   * same site, else the page URL (or, when that is not http(s), the discovered URL), normalised by
   * {@link CanonicalUrl}.
   */
  public Article toArticle(SourceId source, URI discoveredUrl, Instant seen) {
    return Article.builder(source, discoveredUrl)
        .canonicalUrl(identity(discoveredUrl))
        .title(title)
        .description(description)
        .authors(authors)
        .editor(editor)
        .wireCredit(wireCredit)
        .siteName(siteName)
        .section(section)
        .tags(tags)
        .language(language)
        .published(published)
        .modified(modified)
        .seen(seen)
        .leadImage(leadImage)
        .bodyHtml(bodyHtml)
        .bodyText(bodyText)
        .related(related)
        .originalHints(originalHints)
        .provenance(provenance)
        .build();
  }

  private URI identity(URI discoveredUrl) {
    URI page = isHttp(url) ? url : discoveredUrl;
    Optional<URI> sameSite =
        canonicalUrl.filter(c -> isHttp(c) && isHttp(page) && sameSite(c, page));
    URI chosen = sameSite.orElse(page);
    return isHttp(chosen) ? CanonicalUrl.of(chosen).value() : chosen;
  }

  /** Whether two URLs are on one site: same host ignoring "www.", "m.", "amp.", or a subdomain. */
  static boolean sameSite(URI a, URI b) {
    if (a.getHost() == null || b.getHost() == null) {
      return false;
    }
    String ha = site(a.getHost());
    String hb = site(b.getHost());
    return ha.equals(hb) || ha.endsWith("." + hb) || hb.endsWith("." + ha);
  }

  private static String site(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (String prefix : List.of("www.", "m.", "amp.", "mobile.")) {
      if (h.startsWith(prefix)) {
        return h.substring(prefix.length());
      }
    }
    return h;
  }

  private static boolean isHttp(URI u) {
    String s = u.getScheme();
    return s != null
        && (s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https"))
        && u.getHost() != null;
  }
}
