package org.warta.dedupe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.warta.core.ArticleId;
import org.warta.core.CanonicalUrl;

/** Reads test resources and builds candidates from them. */
public final class Fixtures {
  private Fixtures() {}

  /** The text of a resource under src/test/resources, e.g. {@code stories/port-en.txt}. */
  public static String text(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A candidate with id {@code id}, at {@code url}, published {@code minute} minutes in. */
  public static Candidate candidate(long id, String url, String title, String body, long minute) {
    Instant t = Instant.parse("2026-05-12T06:00:00Z").plusSeconds(60 * minute);
    return Candidate.of(new ArticleId(id), CanonicalUrl.of(url), title, body, t);
  }
}
