package org.warta.feed.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a URL's path looks like, segment by segment: a year, month, day, an 8-digit date, a numeric
 * id, a headline slug ({@code harga-cabai-turun-jelang-panen}), a slug carrying an id, a short word
 * (a section name), or navigation ({@code tag}, {@code kategori}, {@code page}, from {@code
 * navigation-segments.txt}). The {@link #template()} abstracts the segments into classes so that
 * links of one kind on a page share it ({@code w/Y/M/D/N/S}).
 */
public record UrlShape(
    String template,
    boolean dated,
    boolean numericId,
    boolean slug,
    boolean htmlPage,
    boolean navigation,
    int depth) {

  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern DATE8 = Pattern.compile("(19|20)\\d\\d[01]\\d[0-3]\\d");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern ID_SLUG =
      Pattern.compile("(\\d{5,}[-_].*[a-z].*|.*[a-z].*[-_]\\d{5,})");
  private static final Pattern ID_QUERY =
      Pattern.compile(
          "(^|&)(id|p|newsid|news_id|article_id|artikel)=\\d{3,}", Pattern.CASE_INSENSITIVE);
  private static final Set<String> NAVIGATION = load();

  /** The shape of an http(s) URL. */
  public static UrlShape of(URI url) {
    String path = url.getRawPath() == null ? "" : url.getRawPath().toLowerCase(Locale.ROOT);
    String[] parts = path.split("/");
    StringBuilder template = new StringBuilder();
    boolean year = false,
        month = false,
        dated = false,
        numeric = false,
        slug = false,
        nav = false,
        html = false;
    int depth = 0;
    for (String raw : parts) {
      if (raw.isEmpty()) {
        continue;
      }
      depth++;
      String seg = stripExtension(raw);
      html |=
          !seg.equals(raw)
              && (raw.endsWith(".html")
                  || raw.endsWith(".htm")
                  || raw.endsWith(".php")
                  || raw.endsWith(".aspx"));
      nav |= NAVIGATION.contains(seg) || NAVIGATION.contains(raw);
      char c = classify(seg, year, month);
      year |= c == 'Y';
      month |= c == 'M' && year;
      dated |= (c == 'D' && month) || c == '8';
      numeric |= c == 'N' || c == 'I';
      slug |= c == 'S' || c == 'I';
      template.append(template.isEmpty() ? "" : "/").append(c);
    }
    numeric |= url.getRawQuery() != null && ID_QUERY.matcher(url.getRawQuery()).find();
    if (url.getRawQuery() != null) {
      template.append("?q");
    }
    return new UrlShape(
        template.toString(), dated || (year && month), numeric, slug, html, nav, depth);
  }

  private static char classify(String seg, boolean afterYear, boolean afterMonth) {
    if (DATE8.matcher(seg).matches()) {
      return '8';
    }
    if (YEAR.matcher(seg).matches() && !afterYear) {
      return 'Y';
    }
    if (DIGITS.matcher(seg).matches()) {
      int n = seg.length() <= 2 ? Integer.parseInt(seg) : -1;
      if (afterYear && !afterMonth && n >= 1 && n <= 12) {
        return 'M';
      }
      if (afterMonth && n >= 1 && n <= 31) {
        return 'D';
      }
      return seg.length() >= 4 ? 'N' : 'n';
    }
    if (ID_SLUG.matcher(seg).matches()) {
      return 'I';
    }
    int words = seg.split("[-_+]").length;
    if (words >= 3 && seg.length() >= 15) {
      return 'S';
    }
    return 'w';
  }

  private static String stripExtension(String seg) {
    int dot = seg.lastIndexOf('.');
    return dot > 0 && seg.length() - dot <= 5 ? seg.substring(0, dot) : seg;
  }

  private static Set<String> load() {
    try (InputStream in = UrlShape.class.getResourceAsStream("navigation-segments.txt")) {
      if (in == null) {
        throw new IllegalStateException("navigation-segments.txt missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
