package org.warta.dedupe.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines in which a re-posted article names, in its text, the page it was first published on — the
 * visible form of an "original source" link that syndication partners and aggregators print at the
 * end of a copy: "Artikel ini telah tayang di Harian X dengan judul "…". Klik untuk baca:
 * https://…", "Baca artikel X, "…" selengkapnya https://…", "This article was originally published
 * on … https://…". Such a line is an explicit signal of the original (like a cross-domain
 * rel=canonical), and it is the copy's own chrome, so it is not compared.
 *
 * <p>Only republication phrasings count, never a bare "Sumber:" (articles cite data sources that
 * way) and never a line without an http(s) URL. Stateless; linear in the line's length.
 */
public final class SyndicationLines {
  /** Longer lines are paragraphs of the story, not a republication notice. */
  static final int MAX_CHARS = 400;

  private static final List<String> PHRASES =
      List.of(
          // Indonesian / Malay
          "telah tayang di",
          "sudah tayang di",
          "tayang pertama kali di",
          "pertama kali tayang di",
          "telah terbit di",
          "sudah terbit di",
          "pertama kali terbit di",
          "pertama kali dipublikasikan",
          "telah dipublikasikan di",
          "telah dimuat di",
          "sudah dimuat di",
          "artikel asli",
          "berita asli",
          "sumber artikel",
          // English
          "originally published",
          "originally appeared",
          "first published on",
          "first published in",
          "first appeared on",
          "first appeared in",
          "republished from",
          "republished with permission",
          "reprinted with permission",
          "read the original article",
          "original article:",
          "original story:");

  private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>()\\[\\]{}“”]+");

  private SyndicationLines() {}

  /** The page a republication notice names as the original, when {@code line} is one. */
  public static Optional<URI> source(String line) {
    if (line.length() > MAX_CHARS || !line.contains("://")) {
      return Optional.empty();
    }
    String lower = line.toLowerCase(Locale.ROOT);
    // "Baca artikel detiknews, "…" selengkapnya https://…" (a bare "selengkapnya di" is a
    // press release's "more at", not a republication notice)
    boolean notice = lower.contains("baca artikel") && lower.contains("selengkapnya");
    for (int i = 0; i < PHRASES.size() && !notice; i++) {
      if (lower.contains(PHRASES.get(i))) {
        notice = true;
      }
    }
    if (!notice) {
      return Optional.empty();
    }
    Matcher m = URL.matcher(line);
    while (m.find()) {
      String url = trimTrailing(m.group());
      try {
        URI u = new URI(url);
        if (u.getHost() != null && u.getHost().contains(".")) {
          return Optional.of(u);
        }
      } catch (URISyntaxException notAUrl) {
        // look for the next one
      }
    }
    return Optional.empty();
  }

  private static String trimTrailing(String url) {
    int end = url.length();
    while (end > 0 && ".,;:!?".indexOf(url.charAt(end - 1)) >= 0) {
      end--;
    }
    return url.substring(0, end);
  }
}
