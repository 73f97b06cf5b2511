package org.warta.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/** Reads test fixtures from {@code src/test/resources}. */
public final class Fixtures {
  private Fixtures() {}

  /** The bytes of a fixture, e.g. {@code rss/rss20-kabar.xml}. */
  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a fixture feed as if fetched from {@code url}. */
  public static Feed feed(String path, String url, String contentType) {
    return FeedReader.read(bytes(path), URI.create(url), contentType);
  }
}
