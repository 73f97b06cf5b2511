package org.warta.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a data file of this module (phrase and hint lists, selectors, calendars): UTF-8, one entry
 * a line, tab-separated fields; blank lines and lines starting with {@code #} are skipped and every
 * line is stripped.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /** The rows of the resource at {@code path} (absolute, e.g. {@code /org/warta/extract/…}). */
  public static List<String[]> read(String path) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(path)) {
      rows.add(line.split("\t"));
    }
    return rows;
  }

  /** The stripped lines of the resource at {@code path}, without blanks and comments. */
  public static List<String> lines(String path) {
    try (InputStream in = ResourceLines.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is missing from warta-extract");
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
