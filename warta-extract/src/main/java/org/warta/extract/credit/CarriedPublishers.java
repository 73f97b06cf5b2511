package org.warta.extract.credit;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.warta.core.CanonicalUrl;
import org.warta.core.phrase.BoilerplatePhrases;
import org.warta.core.phrase.PhraseKind;
import org.warta.extract.ResourceLines;
import org.warta.extract.metadata.PageIndex;

/**
 * Publishers named by promo lines a page carries along from elsewhere: an aggregator re-posting
 * Media Indonesia keeps its "Cek berita dan artikel yg lain di Google News dan ikuti WhatsApp
 * channel mediaindonesia.com" line (which the body cascade drops as a promo). A line the
 * boilerplate phrase lists call {@link PhraseKind#PROMO}, outside the page's header, footer,
 * navigation and asides, that names a domain in its text gives that domain's site, {@code
 * https://<registrable domain>/}, unless it is the page's own site (its host or canonical host, or
 * the same name under another suffix) or a platform the line asks readers to follow (Google News,
 * WhatsApp, ...: {@code platform-domains.txt}). The result names a site, not a page: a weaker hint
 * than a canonical link, which dedupe matches by registrable domain.
 *
 * <p>Reads the page before the body cascade changes it. Thread-safe.
 */
public final class CarriedPublishers {
  /** Longest line tried: promo lines are short. */
  private static final int MAX_LINE_CHARS = 320;

  /**
   * A domain written in text ("mediaindonesia.com", "Kompas.com"); the TLD as written in lower
   * case.
   */
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}@._-])(?:https?://)?((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
              + "[a-z]{2,24})(?![\\p{L}\\p{N}_-])");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> OUTSIDE = Set.of("header", "footer", "nav", "aside");
  private static final Set<String> INLINE =
      Set.of("a", "b", "strong", "em", "i", "u", "span", "small", "font", "mark", "abbr", "cite");
  private static final Set<String> PLATFORMS = Set.copyOf(lines("platform-domains.txt"));

  private CarriedPublishers() {}

  /** The sites named by the page's promo lines, in page order, each once. */
  public static List<URI> find(PageIndex page, URI url, Optional<URI> canonical) {
    List<URI> out = new ArrayList<>();
    Set<Element> seen = new HashSet<>();
    OwnSites own = new OwnSites(url, canonical);
    for (TextNode t : page.shortTexts()) {
      String s = t.getWholeText();
      if (!mayNameDomain(s) || !DOMAIN.matcher(s).find()) {
        continue;
      }
      Element block = block(t);
      if (block == null || !seen.add(block) || outside(block)) {
        continue;
      }
      for (String line : lines(block)) {
        if (line.length() > MAX_LINE_CHARS || !isPromo(line)) {
          continue;
        }
        Matcher m = DOMAIN.matcher(line);
        while (m.find()) {
          site(m.group(1))
              .filter(d -> !own.includes(d))
              .filter(d -> !PLATFORMS.contains(d.registrableDomain()))
              .map(d -> URI.create("https://" + d.registrableDomain() + "/"))
              .filter(u -> !out.contains(u))
              .ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code s} has what every {@link #DOMAIN} match has: a letter or digit, a dot, then two
   * lower-case letters. A scan that rules out most text before the regex runs.
   */
  static boolean mayNameDomain(String s) {
    for (int dot = s.indexOf('.', 1); dot > 0; dot = s.indexOf('.', dot + 1)) {
      char before = s.charAt(dot - 1);
      if (dot + 2 < s.length()
          && isLowerAscii(s.charAt(dot + 1))
          && isLowerAscii(s.charAt(dot + 2))
          && (isLowerAscii(before)
              || (before >= 'A' && before <= 'Z')
              || (before >= '0' && before <= '9'))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerAscii(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isPromo(String line) {
    return BoilerplatePhrases.all()
        .match(line)
        .filter(m -> m.kind() == PhraseKind.PROMO)
        .isPresent();
  }

  /**
   * The page's own site and its canonical's, read on first use: most pages have no promo line
   * naming a domain, and reading a URL's site is not cheap.
   */
  private static final class OwnSites {
    private final URI url;
    private final Optional<URI> canonical;
    private @Nullable Optional<CanonicalUrl> site;
    private @Nullable Optional<CanonicalUrl> canonicalSite;

    OwnSites(URI url, Optional<URI> canonical) {
      this.url = url;
      this.canonical = canonical;
    }

    /** Whether {@code d} is the page's own site or its canonical's. */
    boolean includes(CanonicalUrl d) {
      Optional<CanonicalUrl> own = site;
      Optional<CanonicalUrl> ownCanonical = canonicalSite;
      if (own == null || ownCanonical == null) {
        own = site(url);
        ownCanonical = canonical.flatMap(CarriedPublishers::site);
        site = own;
        canonicalSite = ownCanonical;
      }
      return sameSite(d, own) || sameSite(d, ownCanonical);
    }
  }

  /** Same registrable domain, or the same name under another suffix (kompas.com, kompas.id). */
  private static boolean sameSite(CanonicalUrl a, Optional<CanonicalUrl> b) {
    if (b.isEmpty()) {
      return false;
    }
    String da = a.registrableDomain();
    String db = b.get().registrableDomain();
    return da.equals(db) || name(da).equals(name(db));
  }

  private static String name(String registrable) {
    int dot = registrable.indexOf('.');
    return dot < 0 ? registrable : registrable.substring(0, dot);
  }

  private static Optional<CanonicalUrl> site(URI u) {
    return u.getHost() == null ? Optional.empty() : site(u.getHost());
  }

  private static Optional<CanonicalUrl> site(String host) {
    try {
      return Optional.of(CanonicalUrl.of("https://" + host.toLowerCase(Locale.ROOT) + "/"));
    } catch (IllegalArgumentException notAHost) {
      return Optional.empty();
    }
  }

  /** The nearest ancestor that is not an inline element. */
  private static @Nullable Element block(TextNode t) {
    @Nullable Element e = t.parent() instanceof Element p ? p : null;
    while (e != null && INLINE.contains(e.normalName())) {
      e = e.parent();
    }
    return e;
  }

  private static boolean outside(Element block) {
    for (@Nullable Element e = block; e != null; e = e.parent()) {
      if (OUTSIDE.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** The block's text split at {@code <br>}s and child blocks, whitespace collapsed. */
  private static List<String> lines(Element block) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Node n : block.childNodes()) {
      collect(n, line, out);
    }
    flush(line, out);
    return out;
  }

  private static void collect(Node n, StringBuilder line, List<String> out) {
    if (n instanceof TextNode t) {
      line.append(t.getWholeText());
    } else if (n instanceof Element e) {
      if (!INLINE.contains(e.normalName())) {
        flush(
            line, out); // <br> and nested blocks end the line; nested blocks are read on their own
        return;
      }
      for (Node c : e.childNodes()) {
        collect(c, line, out);
      }
    }
  }

  private static void flush(StringBuilder line, List<String> out) {
    String l = SPACES.matcher(line).replaceAll(" ").strip();
    if (!l.isEmpty()) {
      out.add(l);
    }
    line.setLength(0);
  }

  /** The lower-cased entries of a word list in this package's resources ({@code name.txt}). */
  static List<String> lines(String name) {
    return ResourceLines.lines("/org/warta/extract/credit/" + name).stream()
        .map(l -> l.toLowerCase(Locale.ROOT))
        .toList();
  }
}
